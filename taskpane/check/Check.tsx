import { Accordion, AccordionHeader, AccordionItem, Button, Caption1, Field, ProgressBar, Subtitle1, Switch, Text, Title2, mergeClasses } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { faceText } from "../../src/engine/messages/faceText";
import type { Finding } from "../../src/engine/workbook";
import { readinessOf } from "../session/readiness";
import { Notice } from "../shared/Notice";
import { Panel } from "../shared/Panel";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import type { Navigate } from "../Workspace";
import { findingPlace, forForce, groupFindings, needsTemplate, type CodeGroup, type SeverityGroup } from "./groupFindings";
import { useCheck } from "./useCheck";
import { paneLabels } from "../../src/engine/messages/paneLabels";

export interface CheckProps {
  readonly port: WorkbookPort;
  /** The force being assessed, for the filter. */
  readonly force: string;
  readonly onNavigate: Navigate;
}

interface ItemProps {
  readonly finding: Finding;
  readonly id: string;
  readonly withFix: boolean;
  readonly current: boolean;
  readonly verb: string;
  readonly onShow: (f: Finding) => void;
}

function FindingItem({ finding, id, withFix, current, verb, onShow }: ItemProps) {
  const styles = useViewStyles();
  return (
    <li className={mergeClasses(styles.panel, current && styles.current)}>
      <Text id={`${id}-message`}>{finding.message}</Text>
      {withFix && (
        <Caption1 className={styles.muted}>
          {paneLabels.check.fixIt(finding.fix.pane)}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button size="small" aria-describedby={`${id}-message`} aria-current={current ? "true" : undefined} onClick={() => onShow(finding)}>
          {verb} {findingPlace(finding)}
        </Button>
      </div>
    </li>
  );
}

/** One kind of finding: shown whole when it occurs once; as a count, the shared fix and the list when it repeats. */
function Group({ group, prefix, shown, verb, onShow }: { group: CodeGroup; prefix: string; shown: Finding | null; verb: string; onShow: (f: Finding) => void }) {
  const styles = useViewStyles();
  const [first] = group.findings;
  if (!first) return null;
  if (group.findings.length === 1) return <FindingItem finding={first} id={`${prefix}-0`} withFix current={shown === first} verb={verb} onShow={onShow} />;
  return (
    <li className={styles.panel}>
      <Text weight="semibold">
        {paneLabels.check.repeated(group.findings.length, first.message)}
      </Text>
      {group.sharedFix && <Caption1 className={styles.muted}>{paneLabels.check.fixThem(group.sharedFix)}</Caption1>}
      <Accordion collapsible>
        <AccordionItem value="all">
          <AccordionHeader as="h3" size="small">
            {paneLabels.check.all(group.findings.length)}
          </AccordionHeader>
          <Panel>
            <ul className={styles.list}>
              {group.findings.map((f, i) => (
                <FindingItem key={`${prefix}-${i}`} finding={f} id={`${prefix}-${i}`} withFix={group.sharedFix === null} current={shown === f} verb={verb} onShow={onShow} />
              ))}
            </ul>
          </Panel>
        </AccordionItem>
      </Accordion>
    </li>
  );
}

function SeverityList({ group, shown, verb, onShow }: { group: SeverityGroup; shown: Finding | null; verb: string; onShow: (f: Finding) => void }) {
  const styles = useViewStyles();
  return (
    <ul className={styles.list}>
      {group.groups.map((g) => (
        <Group key={g.code} group={g} prefix={`finding-${group.severity}-${g.code}`} shown={shown} verb={verb} onShow={onShow} />
      ))}
    </ul>
  );
}

export function Check({ port, force, onNavigate }: CheckProps) {
  const styles = useViewStyles();
  const { state, run, shown, show } = useCheck(port);
  const [onlyForce, setOnlyForce] = useState(false);
  const busy = state.step === "reading" || state.step === "checking";
  useEffect(() => {
    void run();
  }, [run]);
  const all = state.step === "done" ? state.findings : [];
  const findings = onlyForce && force ? forForce(all, force) : all;
  const readiness = readinessOf(all);
  const groups = groupFindings(findings);
  const verb = paneLabels.check.showVerb(port.kind === "excel");
  const errors = groups.find((g) => g.severity === "error");
  const others = groups.filter((g) => g.severity !== "error");
  return (
    <section className={styles.root} aria-labelledby="check-title">
      <Title2 as="h1" id="check-title" className={styles.heading}>
        {paneLabels.check.title}
      </Title2>
      <div aria-live="polite" role="status">
        {state.step === "done" && (
          <Notice
            intent={readiness.ready ? "success" : "warning"}
            title={readiness.line}
            {...(readiness.ready
              ? { action: { label: paneLabels.common.assessAForce, primary: true, onClick: () => onNavigate("assess") } }
              : needsTemplate(all)
                ? { action: { label: paneLabels.check.createTemplateAtHome, primary: true, onClick: () => onNavigate("home") } }
                : {})}
          >
            {readiness.ready
              ? faceText.pane.checkReady(readiness.publishingOnly > 0)
              : needsTemplate(all)
                ? faceText.pane.checkNeedsTemplate
                : faceText.pane.checkFixErrors}
          </Notice>
        )}
        {shown && <Caption1 as="p" className={styles.heading}>{shown.message}</Caption1>}
      </div>
      {busy && (
        <Field validationMessage={state.step === "reading" ? paneLabels.common.readingWorkbook : paneLabels.check.checking} validationState="none">
          <ProgressBar value={state.step === "reading" ? 0.3 : 0.7} aria-label={paneLabels.check.progress} />
        </Field>
      )}
      {state.step === "failed" && <Notice intent="error" title={paneLabels.check.couldNotRun}>{state.message}</Notice>}
      <div className={styles.actions}>
        <Button onClick={() => void run()} disabledFocusable={busy}>
          {paneLabels.check.again}
        </Button>
        {force && state.step === "done" && <Switch checked={onlyForce} onChange={(_, data) => setOnlyForce(data.checked)} label={paneLabels.check.onlyForce(force)} />}
      </div>
      {errors && (
        <section aria-labelledby="check-error" className={styles.root}>
          <Subtitle1 as="h2" id="check-error" className={styles.heading}>
            {errors.title} ({errors.count})
          </Subtitle1>
          <SeverityList group={errors} shown={shown?.finding ?? null} verb={verb} onShow={(f) => void show(f)} />
        </section>
      )}
      {others.length > 0 && (
        <Accordion collapsible multiple>
          {others.map((g) => (
            <AccordionItem key={g.severity} value={g.severity}>
              <AccordionHeader as="h2">
                {g.title} ({g.count})
              </AccordionHeader>
              <Panel>
                <SeverityList group={g} shown={shown?.finding ?? null} verb={verb} onShow={(f) => void show(f)} />
              </Panel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
