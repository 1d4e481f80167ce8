import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Subtitle1, Subtitle2, Text, Title2, mergeClasses } from "@fluentui/react-components";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { findingPlace, groupFindings, summarise } from "./groupFindings";
import { useCheck } from "./useCheck";

export interface CheckProps {
  readonly port: WorkbookPort;
}

export function Check({ port }: CheckProps) {
  const styles = useViewStyles();
  const { state, run, shown, show } = useCheck(port);
  const busy = state.step === "reading" || state.step === "checking";
  return (
    <section className={styles.root} aria-labelledby="check-title">
      <Title2 as="h1" id="check-title" className={styles.heading}>
        Check the workbook
      </Title2>
      <Body1 as="p" className={styles.heading}>
        Checks every input sheet against the template, and the figures for sense, before anything is graded. Nothing is changed.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabledFocusable={busy}>
          {state.step === "done" ? "Check again" : "Check the workbook"}
        </Button>
      </div>
      {busy && (
        <Field validationMessage={state.step === "reading" ? "Reading the workbook…" : "Checking…"} validationState="none">
          <ProgressBar value={state.step === "reading" ? 0.3 : 0.7} aria-label="Progress of the check" />
        </Field>
      )}
      <div aria-live="polite" role="status">
        {state.step === "done" && <Body1 as="p" className={styles.heading}>{summarise(state.findings)}</Body1>}
        {shown && <Caption1 as="p" className={styles.heading}>{shown.message}</Caption1>}
      </div>
      {state.step === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "done" &&
        groupFindings(state.findings).map((group) => (
          <section key={group.severity} aria-labelledby={`check-${group.severity}`} className={styles.root}>
            <Subtitle1 as="h2" id={`check-${group.severity}`} className={styles.heading}>
              {group.title} ({group.count})
            </Subtitle1>
            {group.sheets.map((sheet) => (
              <section key={sheet.sheet} aria-labelledby={`check-${group.severity}-${sheet.sheet}`}>
                <Subtitle2 as="h3" id={`check-${group.severity}-${sheet.sheet}`} className={styles.heading}>
                  {sheet.sheet}
                </Subtitle2>
                <ul className={styles.list}>
                  {sheet.findings.map((f, i) => {
                    const id = `finding-${group.severity}-${sheet.sheet}-${i}`;
                    return (
                      <li key={id} className={mergeClasses(styles.panel, shown?.finding === f && styles.current)}>
                        <Text id={`${id}-message`}>{f.message}</Text>
                        <Caption1 id={`${id}-fix`} className={styles.muted}>
                          How to fix it: {f.fix}
                        </Caption1>
                        <div className={styles.actions}>
                          <Button size="small" aria-describedby={`${id}-message`} aria-current={shown?.finding === f ? "true" : undefined} onClick={() => void show(f)}>
                            {port.kind === "excel" ? "Select" : "Show"} {findingPlace(f)}
                          </Button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </section>
        ))}
    </section>
  );
}
