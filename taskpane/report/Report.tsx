import { faceText } from "../../src/engine/messages/faceText";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Select,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
  Title2,
} from "@fluentui/react-components";
import { useState } from "react";
import { sameForce } from "../../src/engine/forces/names";
import type { DomainReport } from "../../src/engine/narrative";
import { reportStatuses } from "../../src/engine/workbook";
import type { Wizard } from "../assess/useAssessWizard";
import { ConfirmDialog } from "../shared/ConfirmDialog";
import { GradesTable } from "../shared/GradesTable";
import { Notice } from "../shared/Notice";
import { Panel } from "../shared/Panel";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import type { Navigate } from "../Workspace";
import { useReport } from "./useReport";
import { paneLabels } from "../../src/engine/messages/paneLabels";

export interface ReportProps {
  readonly port: WorkbookPort;
  /** The session: its current force, and decisions not yet written. */
  readonly w: Wizard;
  readonly onNavigate: Navigate;
}

/** Copies text to the clipboard; says so, or says how to copy by hand where the browser refuses. */
async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return faceText.pane.copied;
  } catch {
    return faceText.pane.clipboardUnavailable;
  }
}

/** A domain's decision: the final grade a person chose, its reason, and whether it is written to the workbook yet. */
interface Final {
  readonly grade: string;
  readonly reason: string;
  readonly unsaved: boolean;
}

/** "Final grade Poor, decided by a person, who gave the reason: …" when someone overrode the recommendation. */
function finalLine(recommended: string | null, f: Final | null): string | null {
  if (!f || f.grade === "" || f.grade === recommended) return null;
  return faceText.pane.overridden(f.grade, recommended, f.reason, f.unsaved);
}

function sectionText(d: DomainReport, line: string | null): string {
  return [line ?? "", d.summary, ...d.answers.map((a) => `${a.question}\n${a.text}`), d.otherFindings].filter((t) => t !== "").join("\n\n");
}

export function Report({ port, w, onNavigate }: ReportProps) {
  const styles = useViewStyles();
  const force = w.force;
  const r = useReport(port, force);
  const [copied, setCopied] = useState<{ what: string; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refusal = r.status === "Final" ? r.whyNotFinal : null;
  const session = w.assessment && sameForce(w.assessment.force, force) ? w.assessment : null;
  const finalOf = (domainId: string, name: string): Final | null => {
    const pending = session && w.unsaved ? w.overrides[domainId] : undefined;
    if (pending && pending.finalGrade !== "") return { grade: pending.finalGrade, reason: pending.reason.trim(), unsaved: true };
    const written = r.written(name);
    return written && written.finalGrade !== "" ? { grade: written.finalGrade, reason: written.reason, unsaved: false } : null;
  };
  const domains = r.assessment?.domains ?? [];
  const lines = new Map(domains.map((d) => [d.domain.id as string, finalLine(d.recommendedGrade, finalOf(d.domain.id, d.domain.name))]));
  const whole = r.report ? [`${r.report.force}, ${r.report.year}`, ...r.report.domains.map((d) => `${d.name}\n\n${sectionText(d, lines.get(d.domain) ?? null)}`)].join("\n\n") : "";
  const closeConfirm = () => {
    setConfirming(false);
    setTimeout(() => requestAnimationFrame(() => document.getElementById("report-save")?.focus()), 0);
  };
  return (
    <section className={styles.root} aria-labelledby="report-title">
      <Title2 as="h1" id="report-title" className={styles.heading}>
        {paneLabels.report.title}
      </Title2>
      {r.problem && (
        <Notice intent="warning" title={paneLabels.report.noReport} action={{ label: paneLabels.common.openCheck, primary: true, onClick: () => onNavigate("check") }}>
          {r.problem}
        </Notice>
      )}
      {!r.problem && r.forces.length === 0 && <Spinner size="small" label={paneLabels.common.readingWorkbook} />}
      {r.forces.length > 0 && (
        <Field label={paneLabels.common.force}>
          <Select value={force} onChange={(_, data) => w.setForce(data.value)}>
            {r.forces.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </Select>
        </Field>
      )}
      {r.report && r.assessment && (
        <>
          <section aria-labelledby="report-summary" className={styles.panel}>
            <Subtitle1 as="h2" id="report-summary" className={styles.heading}>
              {paneLabels.report.summary(r.report.force, r.report.year)}
            </Subtitle1>
            <GradesTable
              domains={domains}
              finalOf={(d) => {
                const f = finalOf(d.domain.id, d.domain.name);
                return { grade: f?.grade ?? "", note: f && f.grade !== d.recommendedGrade ? paneLabels.report.override(f.unsaved) : "" };
              }}
            />
            <Body1 as="p" className={styles.heading}>
              {paneLabels.report.statusLead}
              <Body1Strong>{r.status}</Body1Strong>. {paneLabels.report.comments(r.comments.length, r.openComments.length)}
            </Body1>
            <div className={styles.actions}>
              <Button size="small" onClick={() => void copy(whole).then((message) => setCopied({ what: "all", message }))}>
                {paneLabels.report.copyAll}
              </Button>
            </div>
            <div role="status">{copied?.what === "all" && <Caption1>{copied.message}</Caption1>}</div>
          </section>

          <Accordion collapsible>
            {r.report.domains.map((d) => {
              const line = lines.get(d.domain) ?? null;
              const score = r.scores.get(d.domain) ?? 0;
              return (
                <AccordionItem key={d.domain} value={d.domain}>
                  <AccordionHeader as="h2">{d.name}</AccordionHeader>
                  <Panel>
                    <div className={styles.root}>
                      {line && (
                        <Notice intent="info" title={line.split(".")[0] ?? line}>
                          {paneLabels.report.explainsRecommendation(line.slice((line.split(".")[0] ?? "").length + 1).trim())}
                        </Notice>
                      )}
                      <Body1 as="p" className={styles.heading}>
                        {d.summary}
                      </Body1>
                      {d.answers.map((a) => (
                        <div key={a.question}>
                          <Subtitle2 as="h3" className={styles.heading}>
                            {a.question}
                          </Subtitle2>
                          <Body1 as="p" className={styles.heading}>
                            {a.text}
                          </Body1>
                        </div>
                      ))}
                      {d.otherFindings && (
                        <Body1 as="p" className={styles.heading}>
                          {d.otherFindings}
                        </Body1>
                      )}
                      <Caption1 as="p" className={styles.heading}>
                        {paneLabels.report.readingEase(score)}
                      </Caption1>
                      <div className={styles.actions}>
                        <Button size="small" onClick={() => void copy(sectionText(d, line)).then((message) => setCopied({ what: d.domain, message }))}>
                          {paneLabels.report.copy(d.name)}
                        </Button>
                      </div>
                      <div role="status">{copied?.what === d.domain && <Caption1>{copied.message}</Caption1>}</div>
                    </div>
                  </Panel>
                </AccordionItem>
              );
            })}
          </Accordion>

          <section aria-labelledby="report-status" className={styles.panel}>
            <Subtitle1 as="h2" id="report-status" className={styles.heading}>
              {paneLabels.report.statusAndComments}
            </Subtitle1>
            <Field label={paneLabels.common.status} hint={paneLabels.report.statusHint}>
              <Select value={r.status} onChange={(_, data) => r.setStatus(data.value)}>
                {reportStatuses.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </Select>
            </Field>
            {refusal && <Notice intent="warning" title={paneLabels.report.notFinalYet}>{refusal}</Notice>}
            <div className={styles.actions}>
              <Button appearance="primary" id="report-save" disabledFocusable={r.busy || refusal !== null} onClick={() => setConfirming(true)}>
                {paneLabels.report.saveStatus}
              </Button>
            </div>
            <div role="status">{r.saved && <Caption1>{r.saved}</Caption1>}</div>
            <Subtitle2 as="h3" className={styles.heading}>
              {paneLabels.report.commentsTitle(r.comments.length)}
            </Subtitle2>
            {r.comments.length === 0 && <Caption1>{paneLabels.report.noComments}</Caption1>}
            <ul className={styles.list}>
              {r.comments.map((c) => (
                <li key={c.row}>
                  <Text>
                    <Body1Strong>{c.who || paneLabels.report.someone}</Body1Strong>
                    {paneLabels.report.commentOn(c.when, c.domain, c.comment)}
                  </Text>
                  <Caption1 as="p" className={styles.heading}>
                    {paneLabels.report.response(c.response, c.row)}
                  </Caption1>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        id="save-what"
        title={paneLabels.report.saveTitle(r.status)}
        confirm={{ label: paneLabels.report.save, busy: r.busy, onClick: () => void r.save().then(closeConfirm) }}
        cancel={{ label: paneLabels.common.cancel, onClick: closeConfirm }}
      >
        <Body1 as="p" className={styles.heading}>
          {paneLabels.report.saveWhat(force)}
        </Body1>
      </ConfirmDialog>
    </section>
  );
}
