import { Body1, Body1Strong, Button, Caption1, Field, Input, Spinner, Subtitle1, Text } from "@fluentui/react-components";
import { useState } from "react";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { useExplain } from "./useExplain";
import { paneLabels } from "../../src/engine/messages/paneLabels";

export interface ExplainProps {
  readonly port: WorkbookPort;
}

export function Explain({ port }: ExplainProps) {
  const styles = useViewStyles();
  const { state, explainSelected, explainTyped } = useExplain(port);
  const [typed, setTyped] = useState("=RA.DETECTIONRATE(300, 0)");
  return (
    <section className={styles.root} aria-label={paneLabels.explain.title}>
      <Body1 as="p" className={styles.heading}>
        {paneLabels.explain.about}
      </Body1>
      {port.kind === "excel" ? (
        <div className={styles.actions}>
          <Button onClick={() => void explainSelected()}>
            {paneLabels.explain.explainSelected}
          </Button>
        </div>
      ) : (
        <form
          className={styles.root}
          onSubmit={(event) => {
            event.preventDefault();
            void explainTyped(typed, "Data");
          }}
        >
          <Field label={paneLabels.explain.formula} hint={paneLabels.explain.formulaHint}>
            <Input value={typed} onChange={(_, data) => setTyped(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit">
              {paneLabels.explain.explainTyped}
            </Button>
          </div>
        </form>
      )}
      <div role="status" aria-live="polite">
        {state.kind === "busy" && <Spinner size="tiny" label={paneLabels.explain.reading} />}
        {state.kind === "not-ra" && (
          <Notice intent="info" title={paneLabels.explain.notRa}>
            {state.message}
          </Notice>
        )}
        {state.kind === "explained" && (
          <section aria-labelledby="explained-title" className={styles.panel}>
            <Subtitle1 as="h3" id="explained-title" className={styles.heading}>
              {state.place}: {state.explanation.title}
            </Subtitle1>
            <Body1 as="p" className={styles.heading}>
              <Body1Strong>{paneLabels.explain.resultLead(state.explanation.isError)}</Body1Strong>
              {state.explanation.result}
            </Body1>
            <Body1 as="p" className={styles.heading}>
              {state.explanation.what}
            </Body1>
            <ul className={styles.list} aria-label={paneLabels.explain.arguments}>
              {state.explanation.args.map((a) => (
                <li key={a.name}>
                  <Text>
                    <Body1Strong>{a.name}</Body1Strong> = {a.written} ({a.value})
                  </Text>
                  {a.meaning && <Caption1 as="p" className={styles.heading}>{a.meaning}</Caption1>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </section>
  );
}
