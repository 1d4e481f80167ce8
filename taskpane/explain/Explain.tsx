import { Body1, Body1Strong, Button, Caption1, Field, Input, Spinner, Subtitle1, Text } from "@fluentui/react-components";
import { useState } from "react";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { useExplain } from "./useExplain";

export interface ExplainProps {
  readonly port: WorkbookPort;
}

export function Explain({ port }: ExplainProps) {
  const styles = useViewStyles();
  const { state, explainSelected, explainTyped } = useExplain(port);
  const [typed, setTyped] = useState("=RA.DETECTIONRATE(300, 0)");
  return (
    <section className={styles.root} aria-label="Explain a formula">
      <Body1 as="p" className={styles.heading}>
        Says in plain words what an RA formula works out, and why it shows an error: Excel on the desktop often hides the reason.
      </Body1>
      {port.kind === "excel" ? (
        <div className={styles.actions}>
          <Button onClick={() => void explainSelected()}>
            Explain the selected cell
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
          <Field label="Formula" hint="The preview has no grid to select from: type an RA formula. References such as Data!D2 read the sample workbook.">
            <Input value={typed} onChange={(_, data) => setTyped(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit">
              Explain the formula
            </Button>
          </div>
        </form>
      )}
      <div role="status" aria-live="polite">
        {state.kind === "busy" && <Spinner size="tiny" label="Reading…" />}
        {state.kind === "not-ra" && (
          <Notice intent="info" title="Not an RA formula">
            {state.message}
          </Notice>
        )}
        {state.kind === "explained" && (
          <section aria-labelledby="explained-title" className={styles.panel}>
            <Subtitle1 as="h3" id="explained-title" className={styles.heading}>
              {state.place}: {state.explanation.title}
            </Subtitle1>
            <Body1 as="p" className={styles.heading}>
              <Body1Strong>{state.explanation.isError ? "Why the error: " : "Result: "}</Body1Strong>
              {state.explanation.result}
            </Body1>
            <Body1 as="p" className={styles.heading}>
              {state.explanation.what}
            </Body1>
            <ul className={styles.list} aria-label="Arguments">
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
