import { Body1, Button, Field, Select, Spinner } from "@fluentui/react-components";
import { useId } from "react";
import { describeIssue } from "../../src/engine/messages/describe";
import { faceText } from "../../src/engine/messages/faceText";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/View.styles";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { chosenFile, useMerge } from "./useMerge";
import { paneLabels } from "../../src/engine/messages/paneLabels";

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
        {paneLabels.merge.about}
      </Body1>
      <label htmlFor={inputId}>{paneLabels.merge.copies}</label>
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
      <div role="status">{m.busy && <Spinner size="tiny" label={paneLabels.merge.readingCopies} />}</div>
      {m.refused.map((text) => (
        <Notice key={text} intent="warning" title={paneLabels.merge.leftOut}>
          {text}
        </Notice>
      ))}
      {r && (
        <section aria-label={paneLabels.merge.wouldDo} className={styles.panel}>
          <ul className={styles.list}>
            {r.changes.length === 0 && <li>{faceText.both.nothingMerged}</li>}
            {r.changes.map((c) => (
              <li key={`${c.file}|${c.sheet}`}>
                {faceText.both.mergeChange(c)}
              </li>
            ))}
            {r.findings.map((f, i) => (
              <li key={i}>
                {paneLabels.merge.finding(f.severity === "error", describeIssue(f))}
              </li>
            ))}
          </ul>
          {r.conflicts.length > 0 && (
            <Field label={paneLabels.merge.winner} hint={paneLabels.merge.winnerHint}>
              <Select value={m.prefer ?? ""} onChange={(_, data) => m.setPrefer(data.value === "" ? undefined : data.value)}>
                <option value="">{paneLabels.merge.noWinner}</option>
                {m.copies.map((c) => (
                  <option key={c.file} value={c.file}>
                    {c.file}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {r.unsettled > 0 ? (
            <Notice intent="error" title={paneLabels.merge.nothingWritten}>
              {paneLabels.merge.unsettled(r.unsettled)}
            </Notice>
          ) : (
            <div className={styles.actions}>
              <Button disabledFocusable={m.busy} onClick={() => void m.write()}>
                {paneLabels.merge.mergeHere}
              </Button>
            </div>
          )}
        </section>
      )}
      {m.outcome && (
        <Notice intent={m.outcome.intent} title={paneLabels.merge.outcome(m.outcome.intent === "success")}>
          {m.outcome.text}
        </Notice>
      )}
    </div>
  );
}
