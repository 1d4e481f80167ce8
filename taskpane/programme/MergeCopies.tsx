import { Body1, Button, Field, Select, Spinner } from "@fluentui/react-components";
import { useId } from "react";
import { describeIssue } from "../../src/engine/messages/describe";
import { faceText } from "../../src/engine/messages/faceText";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { chosenFile, useMerge } from "./useMerge";

export interface MergeCopiesProps {
  readonly port: WorkbookPort;
  /** Called after the merge is written (the Home view reads the workbook again). */
  readonly onWritten: () => Promise<unknown>;
}

/**
 * Bring regional copies into the open workbook: choose the files, see what each changed and any
 * conflict, then merge. The figures are never merged; only Assessment, Comments, Evidence, Actions and
 * Merges are written.
 */
export function MergeCopies({ port, onWritten }: MergeCopiesProps) {
  const styles = useViewStyles();
  const inputId = useId();
  const m = useMerge(port, onWritten);
  const r = m.result;
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.heading}>
        Choose the regional copies of this workbook. Their decisions, comments and responses, evidence and actions are brought into this workbook; their figures are not. Nothing is written until you say so.
      </Body1>
      <label htmlFor={inputId}>Regional copies (.xlsx)</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={m.busy}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length > 0) void m.choose(files.map(chosenFile));
        }}
      />
      <div role="status">{m.busy && <Spinner size="tiny" label="Reading the copies…" />}</div>
      {m.refused.map((text) => (
        <Notice key={text} intent="warning" title="Left out of the merge">
          {text}
        </Notice>
      ))}
      {r && (
        <section aria-label="What the merge would do" className={styles.panel}>
          <ul className={styles.list}>
            {r.changes.length === 0 && <li>{faceText.both.nothingMerged}</li>}
            {r.changes.map((c) => (
              <li key={`${c.file}|${c.sheet}`}>
                {faceText.both.mergeChange(c)}
              </li>
            ))}
            {r.findings.map((f, i) => (
              <li key={i}>
                {f.severity === "error" ? "Conflict" : "Note"}: {describeIssue(f)}
              </li>
            ))}
          </ul>
          {r.conflicts.length > 0 && (
            <Field label="Copy that wins each conflict" hint="Or make the copies agree and choose them again.">
              <Select value={m.prefer ?? ""} onChange={(_, data) => m.setPrefer(data.value === "" ? undefined : data.value)}>
                <option value="">None: write nothing while rows conflict</option>
                {m.copies.map((c) => (
                  <option key={c.file} value={c.file}>
                    {c.file}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {r.unsettled > 0 ? (
            <Notice intent="error" title="Nothing will be written">
              {r.unsettled} {r.unsettled === 1 ? "row was" : "rows were"} changed in two copies in different ways. Make the copies agree, or choose the copy that wins.
            </Notice>
          ) : (
            <div className={styles.actions}>
              <Button disabledFocusable={m.busy} onClick={() => void m.write()}>
                Merge into this workbook
              </Button>
            </div>
          )}
        </section>
      )}
      {m.outcome && (
        <Notice intent={m.outcome.intent} title={m.outcome.intent === "success" ? "Merged" : "Not merged"}>
          {m.outcome.text}
        </Notice>
      )}
    </div>
  );
}
