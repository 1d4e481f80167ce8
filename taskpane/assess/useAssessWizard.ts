import { useCallback, useEffect, useMemo, useState } from "react";
import type { ForceAssessment } from "../../src/engine/assessment";
import { forcesOf, readInputs } from "../../src/engine/assessment";
import { describeIssue, fixFor } from "../../src/engine/messages/describe";
import { checkWorkbook, type WorkbookSnapshot } from "../../src/engine/workbook";
import { failureMessage } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { assessOne, gradesOf, planFor, sheetsWritten, type Decision } from "./assessmentGlue";

/** The wizard's steps: choose a force, one per domain, review, then written. */
export type Step = { readonly kind: "force" } | { readonly kind: "domain"; readonly index: number } | { readonly kind: "review" } | { readonly kind: "written" };

export interface Override {
  readonly finalGrade: string;
  readonly reason: string;
}

type Loaded = { readonly snapshot: WorkbookSnapshot; readonly forces: readonly string[]; readonly grades: readonly string[]; readonly blockers: readonly string[] };

/** True when an override needs a reason it does not have. */
export function missingReason(recommended: string | null, override: Override | undefined): boolean {
  return override !== undefined && override.finalGrade !== "" && override.finalGrade !== recommended && override.reason.trim() === "";
}

/** The assessment wizard's state: the workbook read once, the force, the overrides, the step, the write. */
export function useAssessWizard(port: WorkbookPort) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [force, setForce] = useState("");
  const [assessment, setAssessment] = useState<ForceAssessment | null>(null);
  const [overrides, setOverrides] = useState<Readonly<Record<string, Override>>>({});
  const [step, setStep] = useState<Step>({ kind: "force" });
  const [writing, setWriting] = useState(false);
  const [notes, setNotes] = useState<readonly string[]>([]);

  const load = useCallback(async () => {
    setProblem(null);
    try {
      const snapshot = await port.readSnapshot();
      const errors = checkWorkbook(snapshot).filter((f) => f.severity === "error");
      const blockers = errors.slice(0, 5).map((f) => `${f.cell ? `${f.sheet}!${f.cell}` : f.sheet}: ${f.message}`);
      if (errors.length > 5) blockers.push(`And ${errors.length - 5} more: run Check to see them all.`);
      const forces = errors.length > 0 ? [] : forcesOf(readInputs(snapshot));
      setLoaded({ snapshot, forces, grades: errors.length > 0 ? [] : gradesOf(snapshot), blockers });
      setForce((current) => current || (forces[0] ?? ""));
    } catch (error) {
      setProblem(failureMessage(error));
    }
  }, [port]);

  useEffect(() => {
    void load();
  }, [load]);

  const graded = useMemo(() => assessment?.domains ?? [], [assessment]);

  const start = useCallback((): boolean => {
    if (!loaded || force === "") return false;
    const result = assessOne(loaded.snapshot, force);
    if (!result.ok) {
      setProblem(result.issues.map((i) => `${describeIssue(i)} ${fixFor(i)}`).join(" "));
      return false;
    }
    setProblem(null);
    if (assessment?.force !== result.value.force) setOverrides({});
    setAssessment(result.value);
    setStep({ kind: "domain", index: 0 });
    return true;
  }, [loaded, force, assessment]);

  const decisions = useCallback(
    (): Decision[] =>
      graded
        .filter((d) => d.domain.graded)
        .map((d) => {
          const o = overrides[d.domain.id];
          return o && o.finalGrade !== "" && o.finalGrade !== d.recommendedGrade ? { domain: d.domain.name, finalGrade: o.finalGrade, reason: o.reason.trim() } : { domain: d.domain.name, finalGrade: o?.finalGrade ?? "", reason: "" };
        }),
    [graded, overrides],
  );

  const plan = useMemo(() => (loaded && assessment ? planFor(loaded.snapshot, assessment, decisions()) : null), [loaded, assessment, decisions]);

  const write = useCallback(async () => {
    if (!plan) return;
    setWriting(true);
    setProblem(null);
    try {
      await port.applyPlan(plan.plan);
      setNotes(plan.findings.map((f) => `${describeIssue(f)} ${fixFor(f)}`));
      setStep({ kind: "written" });
      const snapshot = await port.readSnapshot();
      setLoaded((l) => (l ? { ...l, snapshot } : l));
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setWriting(false);
    }
  }, [plan, port]);

  return {
    loaded,
    problem,
    force,
    setForce,
    assessment,
    overrides,
    setOverride: (domainId: string, o: Override) => setOverrides((all) => ({ ...all, [domainId]: o })),
    step,
    setStep,
    start,
    reload: load,
    sheets: plan ? sheetsWritten(plan.plan) : [],
    write,
    writing,
    notes,
  };
}
