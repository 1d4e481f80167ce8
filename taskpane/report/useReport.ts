import { useCallback, useEffect, useMemo, useState } from "react";
import { decisionKey, forcesOf, readDecisions, readInputs, type ForceAssessment } from "../../src/engine/assessment";
import { describeIssue, fixFor } from "../../src/engine/messages/describe";
import { readability, writeForceReport } from "../../src/engine/narrative";
import { checkWorkbook, type WorkbookSnapshot } from "../../src/engine/workbook";
import { assessOne, planFor } from "../assess/assessmentGlue";
import { failureMessage } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { commentsFor, statusFor } from "./reportStatus";

/** The Report view's state for the session's current force: its generated text with readability, the decisions written for it, its status and comments. */
export function useReport(port: WorkbookPort, force: string) {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("Draft");
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const value = await port.readSnapshot();
      const errors = checkWorkbook(value).filter((f) => f.severity === "error");
      if (errors.length > 0) setProblem(`The workbook has ${errors.length === 1 ? "an error that stops" : `${errors.length} errors that stop`} the assessment, so there is no report text yet. Check lists ${errors.length === 1 ? "it" : "them"} with where to fix ${errors.length === 1 ? "it" : "them"}.`);
      setSnapshot(value);
    } catch (error) {
      setProblem(failureMessage(error));
    }
  }, [port]);
  useEffect(() => {
    void load();
  }, [load]);

  const forces = useMemo(() => (snapshot && !problem ? forcesOf(readInputs(snapshot)) : []), [snapshot, problem]);
  const assessment: ForceAssessment | null = useMemo(() => {
    if (!snapshot || force === "" || problem) return null;
    const result = assessOne(snapshot, force);
    return result.ok ? result.value : null;
  }, [snapshot, force, problem]);
  const report = useMemo(() => (assessment ? writeForceReport(assessment) : null), [assessment]);
  const scores = useMemo(() => new Map((report?.domains ?? []).map((d) => [d.domain, readability([d.summary, ...d.answers.map((a) => a.text)].join("\n\n")).fleschReadingEase])), [report]);
  const comments = useMemo(() => (snapshot && force ? commentsFor(snapshot, force) : []), [snapshot, force]);

  useEffect(() => {
    if (snapshot && force) setStatus(statusFor(snapshot, force));
    setSaved(null);
  }, [snapshot, force]);

  const save = useCallback(async () => {
    if (!snapshot || !assessment) return;
    setBusy(true);
    try {
      const decisions = assessment.domains.filter((d) => d.domain.graded).map((d) => ({ domain: d.domain.name, finalGrade: "", reason: "", status }));
      const kept = keptDecisions(snapshot, assessment);
      const { plan, findings } = planFor(snapshot, assessment, decisions.map((d) => ({ ...d, ...kept.get(d.domain), status })));
      await port.applyPlan(plan);
      const notes = findings.map((f) => `${describeIssue(f)} ${fixFor(f, "pane")}`);
      setSaved(notes.length > 0 ? notes.join(" ") : `Saved: the status of ${assessment.force}'s report is ${status}.`);
      setSnapshot(await port.readSnapshot());
    } catch (error) {
      setSaved(failureMessage(error));
    } finally {
      setBusy(false);
    }
  }, [snapshot, assessment, status, port]);

  const decisions = useMemo(() => (snapshot ? readDecisions(snapshot) : new Map<string, never>()), [snapshot]);
  /** The final grade and reason written in the Assessment sheet for one of this force's domains, if any. */
  const written = useCallback((domain: string) => decisions.get(decisionKey(force, domain)) ?? null, [decisions, force]);

  return { problem, forces, assessment, report, scores, comments, status, setStatus, save, saved, busy, written };
}

/** The final grades and reasons already in the Assessment sheet, by domain name, so saving a status keeps them. */
function keptDecisions(snapshot: WorkbookSnapshot, assessment: ForceAssessment): Map<string, { finalGrade: string; reason: string }> {
  const decisions = readDecisions(snapshot);
  const out = new Map<string, { finalGrade: string; reason: string }>();
  for (const d of assessment.domains) {
    const kept = decisions.get(decisionKey(assessment.force, d.domain.name));
    if (kept) out.set(d.domain.name, { finalGrade: kept.finalGrade, reason: kept.reason });
  }
  return out;
}
