import { Accordion, AccordionHeader, AccordionItem, Body1, Body1Strong, Button, Caption1, Spinner, Subtitle1, Subtitle2, Title2 } from "@fluentui/react-components";
import { dataSets } from "../../src/engine/catalogue/dataSets";
import { domains } from "../../src/engine/catalogue/domains";
import { lazy, Suspense, useEffect } from "react";
import type { Runtime } from "../runtime";
import { Notice } from "../shared/Notice";
import { Panel } from "../shared/Panel";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import type { Navigate } from "../Workspace";
import { describeRuntime } from "./describeRuntime";
import { useHomeStyles } from "./Home.styles";
import { useHome } from "./useHome";
import { faceText } from "../../src/engine/messages/faceText";
import { paneLabels } from "../../src/engine/messages/paneLabels";

// Load when their section is first opened, so Home is drawn without them.
const MergeCopies = lazy(async () => ({ default: (await import(/* webpackChunkName: "view-merge" */ "../programme/MergeCopies")).MergeCopies }));
const Explain = lazy(async () => ({ default: (await import(/* webpackChunkName: "view-explain" */ "../explain/Explain")).Explain }));
const ProgrammeStatus = lazy(async () => ({ default: (await import(/* webpackChunkName: "programme-status" */ "./ProgrammeStatus")).ProgrammeStatus }));
const opening = <Spinner size="small" label={paneLabels.common.opening} />;

export interface HomeProps {
  readonly runtime: Runtime;
  readonly port: WorkbookPort | null;
  readonly onNavigate: Navigate;
}

/** First run and readiness: whether this workbook can be assessed, and the one next step. */
function Readiness({ home, onNavigate }: { home: ReturnType<typeof useHome>; onNavigate: Navigate }) {
  const styles = useHomeStyles();
  const r = home.model?.readiness;
  const status = home.model?.status;
  const statusText = home.model?.statusText ?? "";
  return (
    <section className={styles.domain} aria-labelledby="workbook-title">
      <Subtitle1 as="h2" id="workbook-title" className={styles.heading}>
        {paneLabels.home.thisWorkbook}
      </Subtitle1>
      <div role="status">
        {(home.snapshot.state === "busy" || (home.snapshot.state === "done" && !home.model && !home.message)) && <Spinner size="tiny" label={paneLabels.common.readingWorkbook} />}
        {home.snapshot.state === "failed" && <Notice intent="error" title={paneLabels.home.unreadable}>{home.snapshot.message}</Notice>}
      </div>
      {status?.kind === "empty" && (
        <>
          <Notice intent="info" title={paneLabels.home.noTemplate} action={{ label: paneLabels.home.createTemplate, primary: true, onClick: () => void home.act("template") }}>
            {statusText}
          </Notice>
          <div className={styles.actions}>
            <Button disabledFocusable={home.busy} onClick={() => void home.act("sample")}>
              {paneLabels.home.fillWithSample}
            </Button>
          </div>
        </>
      )}
      {status && status.kind !== "empty" && r && (
        <Notice
          intent={r.ready ? "success" : "warning"}
          title={r.line}
          action={r.ready ? { label: paneLabels.common.assessAForce, primary: true, onClick: () => onNavigate("assess") } : { label: paneLabels.common.openCheck, primary: true, onClick: () => onNavigate("check") }}
        >
          {r.ready
            ? `${statusText}${r.warnings > 0 ? paneLabels.home.readyWarnings : ""}${r.publishingOnly > 0 ? faceText.pane.publishingOnly : ""}`
            : paneLabels.home.notReady(r.why)}
        </Notice>
      )}
      {home.message && <Notice intent={home.message.intent} title={home.message.intent === "success" ? paneLabels.common.done : paneLabels.common.notDone}>{home.message.text}</Notice>}
      {home.model?.programme && (
        <Suspense fallback={opening}>
          <ProgrammeStatus status={home.model.programme} />
        </Suspense>
      )}
    </section>
  );
}

// Marks on the page's performance timeline, which the task pane benchmark reads: Home drawn (marked
// before the hooks below start loading the engine), and the workbook read.
const markOnce = (name: string) => performance.getEntriesByName(name).length === 0 && performance.mark(name);

export function Home({ runtime, port, onNavigate }: HomeProps) {
  useEffect(() => void markOnce("home-drawn"), []);
  const styles = useHomeStyles();
  const home = useHome(port);
  const read = home.model !== null;
  useEffect(() => void (read && markOnce("workbook-read")), [read]);
  return (
    <section className={styles.root} aria-labelledby="home-title">
      <Title2 as="h1" id="home-title" className={styles.heading}>
        {paneLabels.home.title}
      </Title2>
      <Body1 as="p" className={styles.heading}>
        {paneLabels.home.about}
      </Body1>
      <Body1 as="p" className={styles.runtime}>
        {describeRuntime(runtime)}
      </Body1>
      {port && <Readiness home={home} onNavigate={onNavigate} />}
      <Accordion collapsible>
        {port && (
          <AccordionItem value="merge">
            <AccordionHeader as="h2">{paneLabels.home.mergeSection}</AccordionHeader>
            <Panel>
              <Suspense fallback={opening}>
                <MergeCopies port={port} onWritten={home.read} />
              </Suspense>
            </Panel>
          </AccordionItem>
        )}
        {port && (
          <AccordionItem value="explain">
            <AccordionHeader as="h2">{paneLabels.home.explainSection}</AccordionHeader>
            <Panel>
              <Suspense fallback={opening}>
                <Explain port={port} />
              </Suspense>
            </Panel>
          </AccordionItem>
        )}
        <AccordionItem value="domains">
          <AccordionHeader as="h2">{paneLabels.home.domainsSection}</AccordionHeader>
          <Panel>
            <div className={styles.domains}>
              {domains.map((domain) => (
                <section key={domain.id} className={styles.domain} aria-labelledby={`domain-${domain.id}`}>
                  <Subtitle2 as="h3" id={`domain-${domain.id}`} className={styles.heading}>
                    {domain.name}
                  </Subtitle2>
                  <Caption1 as="p" className={styles.heading}>
                    {paneLabels.home.graded(domain.graded)}
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
            </div>
          </Panel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
