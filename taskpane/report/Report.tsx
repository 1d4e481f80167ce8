import { Body1, Body1Strong, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle1, Subtitle2, Text, Title2 } from "@fluentui/react-components";
import { useState } from "react";
import { reportStatuses } from "../../src/engine/workbook";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { whyNotFinal } from "./reportStatus";
import { useReport } from "./useReport";

export interface ReportProps {
  readonly port: WorkbookPort;
}

/** Copies text to the clipboard; says so, or says how to copy by hand where the browser refuses. */
async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return "Copied to the clipboard.";
  } catch {
    return "The clipboard is not available here: select the text and press Ctrl+C.";
  }
}

export function Report({ port }: ReportProps) {
  const styles = useViewStyles();
  const r = useReport(port);
  const [copied, setCopied] = useState<{ domain: string; message: string } | null>(null);
  const refusal = r.status === "Final" ? whyNotFinal(r.comments) : null;
  return (
    <section className={styles.root} aria-labelledby="report-title">
      <Title2 as="h1" id="report-title" className={styles.heading}>
        Report
      </Title2>
      {r.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{r.problem}</MessageBarBody>
        </MessageBar>
      )}
      {!r.problem && r.forces.length === 0 && <Spinner size="small" label="Reading the workbook…" />}
      {r.forces.length > 0 && (
        <Field label="Force">
          <Select value={r.force} onChange={(_, data) => r.setForce(data.value)}>
            {r.forces.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </Select>
        </Field>
      )}
      {r.report && (
        <>
          <section aria-labelledby="report-status" className={styles.panel}>
            <Subtitle1 as="h2" id="report-status" className={styles.heading}>
              Status and comments
            </Subtitle1>
            <Field label="Status" hint="Draft, then shared with the force for comment, then Final once every comment has a response.">
              <Select value={r.status} onChange={(_, data) => r.setStatus(data.value)}>
                {reportStatuses.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </Select>
            </Field>
            {refusal && (
              <MessageBar intent="warning">
                <MessageBarBody>{refusal}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.actions}>
              <Button appearance="primary" disabledFocusable={r.busy || refusal !== null} onClick={() => void r.save()}>
                Save the status
              </Button>
            </div>
            <Caption1 className={styles.muted}>Saving writes the Assessment, Report, Profile and Trace sheets afresh for this force; input sheets are not changed.</Caption1>
            <div role="status">{r.saved && <Caption1>{r.saved}</Caption1>}</div>
            <Subtitle2 as="h3" className={styles.heading}>
              Comments ({r.comments.length})
            </Subtitle2>
            {r.comments.length === 0 && <Caption1>No comments for this force on the Comments sheet. Add them there, one per row.</Caption1>}
            <ul className={styles.list}>
              {r.comments.map((c) => (
                <li key={c.row}>
                  <Text>
                    <Body1Strong>{c.who || "Someone"}</Body1Strong> {c.when ? `(${c.when})` : ""} on {c.domain || "the whole report"}: {c.comment}
                  </Text>
                  <Caption1 as="p" className={styles.heading}>
                    {c.response ? `Response: ${c.response}` : `No response yet (Comments row ${c.row}).`}
                  </Caption1>
                </li>
              ))}
            </ul>
          </section>
          {r.report.domains.map((d) => {
            const all = [d.summary, ...d.answers.map((a) => `${a.question}\n${a.text}`), d.otherFindings].filter((t) => t !== "").join("\n\n");
            const score = r.scores.get(d.domain) ?? 0;
            return (
              <section key={d.domain} aria-labelledby={`report-${d.domain}`} className={styles.panel}>
                <Subtitle1 as="h2" id={`report-${d.domain}`} className={styles.heading}>
                  {d.name}
                </Subtitle1>
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
                <Caption1>
                  Reading ease {score.toFixed(0)} (Flesch; 60 or more is plain English){score < 60 ? ": consider shorter sentences." : "."}
                </Caption1>
                <div className={styles.actions}>
                  <Button size="small" onClick={() => void copy(all).then((message) => setCopied({ domain: d.domain, message }))}>
                    Copy {d.name}
                  </Button>
                </div>
                <div role="status">{copied?.domain === d.domain && <Caption1>{copied.message}</Caption1>}</div>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
