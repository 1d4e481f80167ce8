import { faceText } from "../../src/engine/messages/faceText";
import { useCallback, useEffect, useMemo, useState } from "react";
import { decisionKey, type ForceAssessment } from "../../src/engine/assessment";
import { describeIssue, fixFor } from "../../src/engine/messages/describe";
import { readability, writeForceReport } from "../../src/engine/narrative";
import { openSession } from "../../src/engine/session";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import { failureMessage } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";

/** The Report view's state for the session's current force: its generated text with readability, the decisions written for it, its status and comments. */
export function useReport(port: WorkbookPort, force: string) {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [status, setStatus] = useState("Draft");
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setSnapshot(await port.readSnapshot());
      setFailed(null);
    } catch (error) {
      setFailed(failureMessage(error));
    }
  }, [port]);
  useEffect(() => {
    void load();
  }, [load]);

  const session = useMemo(() => (snapshot ? openSession(snapshot) : null), [snapshot]);
  const verdict = session?.assessable ?? null;
  const blocked = verdict && !verdict.ok ? verdict : null;
  const problem = failed ?? (blocked ? `${describeIssue(blocked.why)} There is no report text until ${blocked.blocking.length === 1 ? "it is" : "they are"} fixed. Check lists ${blocked.blocking.length === 1 ? "it" : "them"} with where to fix ${blocked.blocking.length === 1 ? "it" : "them"}.` : null);

  const forces = useMemo(() => (session && !problem ? session.forces : []), [session, problem]);
  const assessment: ForceAssessment | null = useMemo(() => {
    if (!session || force === "" || problem) return null;
    const result = session.assess(force);
    return result.ok ? result.value : null;
  }, [session, force, problem]);
  const report = useMemo(() => (assessment ? writeForceReport(assessment) : null), [assessment]);
  const scores = useMemo(() => new Map((report?.domains ?? []).map((d) => [d.domain, readability([d.summary, ...d.answers.map((a) => a.text)].join("\n\n")).fleschReadingEase])), [report]);
  const comments = useMemo(() => (session && force ? session.comments(force) : []), [session, force]);
  const openComments = useMemo(() => (session && force ? session.openComments(force) : []), [session, force]);
  const notFinal = useMemo(() => (session && force ? session.whyNotFinal(force) : null), [session, force]);

  useEffect(() => {
    if (session && force) {
      const counted = session.reportStatus(force);
      setStatus(counted === "Not assessed" ? "Draft" : counted);
    }
    setSaved(null);
  }, [session, force]);

  const save = useCallback(async () => {
    if (!session || !assessment) return;
    setBusy(true);
    try {
      const made = assessment.domains.filter((d) => d.domain.graded).map((d) => ({ force: assessment.force, domain: d.domain.name, status }));
      const { plan, findings } = session.plan([assessment], made);
      await port.applyPlan(plan);
      const notes = findings.map((f) => `${describeIssue(f)} ${fixFor(f, "pane")}`);
      setSaved(notes.length > 0 ? notes.join(" ") : faceText.pane.statusSaved(assessment.force, status));
      setSnapshot(await port.readSnapshot());
    } catch (error) {
      setSaved(failureMessage(error));
    } finally {
      setBusy(false);
    }
  }, [session, assessment, status, port]);

  /** The final grade and reason written in the Assessment sheet for one of this force's domains, if any. */
  const written = useCallback((domain: string) => session?.decisions.get(decisionKey(force, domain)) ?? null, [session, force]);
  /** Why the status cannot be Final, in words, or null: every comment on the report needs a response first. */
  const whyNotFinal = notFinal ? `${describeIssue(notFinal)} ${fixFor(notFinal, "pane")}` : null;

  return { problem, forces, assessment, report, scores, comments, openComments, whyNotFinal, status, setStatus, save, saved, busy, written };
}
