import { Body1, Body1Strong, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle1, Subtitle2, Title2 } from "@fluentui/react-components";
import { dataSets } from "../../src/engine/catalogue/dataSets";
import { domains } from "../../src/engine/catalogue/domains";
import type { Runtime } from "../runtime";
import { describeTemplateStatus } from "../session/templateStatus";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { describeRuntime } from "./describeRuntime";
import { useHomeStyles } from "./Home.styles";
import { useHome } from "./useHome";

export interface HomeProps {
  readonly runtime: Runtime;
  readonly port: WorkbookPort | null;
}

export function Home({ runtime, port }: HomeProps) {
  const styles = useHomeStyles();
  const home = useHome(port);
  return (
    <section className={styles.root} aria-labelledby="home-title">
      <Title2 as="h1" id="home-title" className={styles.heading}>
        Rounded Assessment
      </Title2>
      <Body1 as="p" className={styles.heading}>
        Compares each of the 43 police forces of England and Wales with its most similar forces, across
        four domains, and explains where it stands and why.
      </Body1>
      <Body1 as="p" className={styles.runtime}>
        {describeRuntime(runtime)}
      </Body1>
      {port && (
        <section className={styles.domain} aria-labelledby="workbook-title">
          <Subtitle1 as="h2" id="workbook-title" className={styles.heading}>
            This workbook
          </Subtitle1>
          <div role="status">
            {home.snapshot.state === "busy" && <Spinner size="tiny" label="Reading the workbook…" />}
            {home.status && <Body1 as="p" className={styles.heading}>{describeTemplateStatus(home.status)}</Body1>}
            {home.snapshot.state === "failed" && <Body1 as="p" className={styles.heading}>{home.snapshot.message}</Body1>}
          </div>
          {home.status && (
            <>
              <div className={styles.actions}>
                <Button appearance={home.status.kind === "empty" ? "primary" : "secondary"} disabledFocusable={home.busy || home.refusal !== null} aria-describedby={home.refusal ? "home-refusal" : undefined} onClick={() => void home.act("template")}>
                  Create the template
                </Button>
                <Button disabledFocusable={home.busy || home.refusal !== null} aria-describedby={home.refusal ? "home-refusal" : undefined} onClick={() => void home.act("sample")}>
                  Fill with the national sample
                </Button>
              </div>
              {home.refusal && (
                <Caption1 as="p" id="home-refusal" className={styles.heading}>
                  {home.refusal}
                </Caption1>
              )}
            </>
          )}
          {home.message && (
            <MessageBar intent={home.message.intent}>
              <MessageBarBody>{home.message.text}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
      <section className={styles.domains} aria-labelledby="domains-title">
        <Subtitle1 as="h2" id="domains-title" className={styles.heading}>
          The four domains
        </Subtitle1>
        {domains.map((domain) => (
          <section key={domain.id} className={styles.domain} aria-labelledby={`domain-${domain.id}`}>
            <Subtitle2 as="h3" id={`domain-${domain.id}`} className={styles.heading}>
              {domain.name}
            </Subtitle2>
            <Caption1 as="p" className={styles.heading}>
              {domain.graded ? "Graded." : "A profile, not graded."}
            </Caption1>
            <ul className={styles.dataSets}>
              {dataSets
                .filter((dataSet) => dataSet.domain === domain.id)
                .map((dataSet) => (
                  <li key={dataSet.id} className={styles.dataSet}>
                    <Body1Strong>{dataSet.name}</Body1Strong>
                    <Caption1 className={styles.measure}>{dataSet.measure}</Caption1>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
    </section>
  );
}
