import { faceText } from "../../src/engine/messages/faceText";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { DomainAssessment, ForceAssessment } from "../../src/engine/assessment";
import type { Issue } from "../../src/engine/result";
import type { Session } from "../../src/engine/session";
import type { WorkbookSnapshot } from "../../src/engine/workbook";
import { loadEngine, type PaneEngine } from "../session/loadEngine";
import { failureMessage } from "../session/useWorkbook";
import type { WorkbookPort } from "../workbook/WorkbookPort";
import { blockerLines, planFor, sheetsWritten, type Decision } from "./assessmentGlue";
import type { EditSheet } from "./editRows";

/** The wizard's steps: choose a force, one per domain, review, then written. */
export type Step = { readonly kind: "force" } | { readonly kind: "domain"; readonly index: number } | { readonly kind: "review" } | { readonly kind: "written" };

export interface Override {
  readonly finalGrade: string;
  readonly reason: string;
}

type Loaded = {
  /** The engine, loaded with the first read ({@link loadEngine}). */
  readonly engine: PaneEngine;
  readonly snapshot: WorkbookSnapshot;
  /** The engine's session on the snapshot: checked once, inputs read once. */
  readonly session: Session;
  readonly forces: readonly string[];
  readonly grades: readonly string[];
  /** Why the assessment cannot start, in words ("3 errors stop the assessment."), or "" when it can. */
  readonly why: string;
  readonly blockers: readonly string[];
};

/** What the wizard last said about a domain's evidence or actions: rows shown in the sheet, or the workbook read again. */
export interface EditNote {
  readonly domainId: string;
  /** The sheet whose rows were shown, or null for a refresh. */
  readonly sheet: EditSheet | null;
  readonly message: string;
}

/** Reads the workbook and what the wizard needs of it: the forces, the grades and, when it cannot be assessed, why. */
async function readWorkbook(port: WorkbookPort): Promise<Loaded> {
  const [engine, snapshot] = await Promise.all([loadEngine(), port.readSnapshot()]);
  const session = engine.openSession(snapshot);
  const verdict = session.assessable;
  if (!verdict.ok) return { engine, snapshot, session, forces: [], grades: [], why: engine.describeIssue(verdict.why), blockers: blockerLines(verdict.blocking) };
  return { engine, snapshot, session, forces: session.forces, grades: session.grades, why: "", blockers: [] };
}

/** Issues in the pane's words, each with its fix. */
const inWords = (engine: PaneEngine, issues: readonly Issue[]): string[] => issues.map((i) => `${engine.describeIssue(i)} ${engine.fixFor(i, "pane")}`);

const count = (n: number, one: string, many: string) => `${n === 0 ? "no" : n} ${n === 1 ? one : many}`;

/** What changed for one domain when the workbook was read again, in a sentence. */
export function refreshMessage(before: DomainAssessment | undefined, after: DomainAssessment): string {
  const items = `${count(after.evidence.length, "evidence item", "evidence items")} and ${count(after.actions.length, "action", "actions")} for ${after.domain.name}`;
  if (!after.domain.graded) return faceText.pane.refreshed(items);
  const grade = after.recommendedGrade ?? "not enough data";
  const was = before?.recommendedGrade ?? "not enough data";
  return faceText.pane.refreshedGrade(items, grade, before && grade !== was ? was : null);
}

/** True when an override needs a reason it does not have. */
export function missingReason(recommended: string | null, override: Override | undefined): boolean {
  return override !== undefined && override.finalGrade !== "" && override.finalGrade !== recommended && override.reason.trim() === "";
}

/** The assessment wizard's state: the workbook as read (again on Refresh), the force, the overrides, the step, the write. */
export function useAssessWizard(port: WorkbookPort) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [force, setForce] = useState("");
  const [assessment, setAssessment] = useState<ForceAssessment | null>(null);
  const [overrides, setOverrides] = useState<Readonly<Record<string, Override>>>({});
  const [step, setStep] = useState<Step>({ kind: "force" });
  const [writing, setWriting] = useState(false);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const [editNote, setEditNote] = useState<EditNote | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  /** Decisions made since the last write: leaving them asks first. */
  const [unsaved, setUnsaved] = useState(false);

  const load = useCallback(async () => {
    setProblem(null);
    try {
      const read = await readWorkbook(port);
      setLoaded(read);
      setForce((current) => current || (read.forces[0] ?? ""));
    } catch (error) {
      setProblem(failureMessage(error));
    }
  }, [port]);

  useEffect(() => {
    void load();
  }, [load]);

  const graded = useMemo(() => assessment?.domains ?? [], [assessment]);

  /** Reads the workbook again (it may have changed since) and assesses the chosen force; true when its first domain is shown. */
  const start = useCallback(async (): Promise<boolean> => {
    if (!loaded || force === "") return false;
    let read: Loaded;
    try {
      read = await readWorkbook(port);
    } catch (error) {
      setProblem(failureMessage(error));
      return false;
    }
    setLoaded(read);
    if (read.blockers.length > 0) return false;
    const result = read.session.assess(force);
    if (!result.ok) {
      setProblem(inWords(read.engine, result.issues).join(" "));
      return false;
    }
    setProblem(null);
    if (assessment?.force !== result.value.force) {
      setOverrides({});
      setUnsaved(false);
    }
    setAssessment(result.value);
    setStep({ kind: "domain", index: 0 });
    return true;
  }, [loaded, force, assessment, port]);

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

  const plan = useMemo(() => (loaded && assessment ? planFor(loaded.session, assessment, decisions()) : null), [loaded, assessment, decisions]);

  /** Writes the plan; true when it was written. */
  const write = useCallback(async (): Promise<boolean> => {
    if (!plan) return false;
    setWriting(true);
    setProblem(null);
    try {
      await port.applyPlan(plan.plan);
      const engine = await loadEngine();
      setNotes(inWords(engine, plan.findings));
      setUnsaved(false);
      setStep({ kind: "written" });
      const snapshot = await port.readSnapshot();
      setLoaded((l) => (l ? { ...l, snapshot, session: engine.openSession(snapshot) } : l));
      return true;
    } catch (error) {
      setProblem(failureMessage(error));
      return false;
    } finally {
      setWriting(false);
    }
  }, [plan, port, assessment]);

  /** Shows the current domain's evidence or actions rows in their sheet: selected in Excel, highlighted in the preview. */
  const editInSheet = useCallback(
    async (sheet: EditSheet) => {
      const domain = step.kind === "domain" ? assessment?.domains[step.index] : undefined;
      if (!loaded || !assessment || !domain) return;
      const what = sheet === "Evidence" ? "evidence" : "actions";
      const { describeRows, rowsToEdit } = loaded.engine;
      const rows = rowsToEdit(loaded.snapshot, sheet, assessment.force, domain.domain.name);
      if (!rows) {
        setEditNote({ domainId: domain.domain.id, sheet, message: faceText.pane.noTableToShow(sheet) });
        return;
      }
      const done = port.kind === "excel" ? "Selected" : "Highlighted";
      const where = port.kind === "excel" ? "in Excel" : "in the preview's workbook";
      const message = rows.newRow
        ? `${assessment.force} has no ${what} for ${domain.domain.name} yet. ${done} ${describeRows(rows.rows)} of the ${rows.sheet} sheet ${where}, the first empty row below the table: add them there, then choose Refresh.`
        : `${done} ${describeRows(rows.rows)} of the ${rows.sheet} sheet ${where}: ${assessment.force}'s ${what} for ${domain.domain.name}. Edit them there, then choose Refresh.`;
      try {
        await port.showCell(rows.sheet, rows.address);
        setEditNote({ domainId: domain.domain.id, sheet, message });
      } catch {
        setEditNote({ domainId: domain.domain.id, sheet, message: faceText.pane.sheetNotShown(rows.sheet) });
      }
    },
    [loaded, assessment, step, port],
  );

  /**
   * Reads the workbook again and assesses the same force again, staying on the same step, so edits made
   * in the Evidence and Actions sheets show here and in the recommended grade (a CAA red or green flag
   * changes it). Overrides are kept. When the workbook can no longer be assessed, says why and keeps
   * what was read before.
   */
  const refresh = useCallback(async () => {
    if (!assessment) return;
    setRefreshing(true);
    setProblem(null);
    const index = step.kind === "domain" ? step.index : -1;
    const domainId = assessment.domains[index]?.domain.id ?? "";
    const failed = (why: string) => {
      setProblem(why);
      setEditNote({ domainId, sheet: null, message: faceText.pane.reassessFailed });
    };
    try {
      const read = await readWorkbook(port);
      if (read.blockers.length > 0) {
        failed(faceText.pane.workbookChanged(read.why, read.blockers.length, read.blockers));
        return;
      }
      const result = read.session.assess(assessment.force);
      if (!result.ok) {
        failed(inWords(read.engine, result.issues).join(" "));
        return;
      }
      setLoaded(read);
      setAssessment(result.value);
      const after = result.value.domains[index];
      if (after) setEditNote({ domainId: after.domain.id, sheet: null, message: refreshMessage(assessment.domains[index], after) });
    } catch (error) {
      failed(failureMessage(error));
    } finally {
      setRefreshing(false);
    }
  }, [assessment, step, port]);

  const written = plan ? sheetsWritten(plan.plan) : [];

  return {
    loaded,
    problem,
    force,
    setForce,
    assessment,
    overrides,
    setOverride: (domainId: string, o: Override) => {
      setUnsaved(true);
      setOverrides((all) => ({ ...all, [domainId]: o }));
    },
    unsaved,
    step,
    setStep,
    start,
    reload: load,
    sheets: port.drawsCharts && plan?.plan.charts ? [...written, plan.plan.charts.sheet] : written,
    editInSheet,
    editNote,
    refresh,
    refreshing,
    write,
    writing,
    notes,
  };
}

/** The wizard's state and actions, as the views share them. */
export type Wizard = ReturnType<typeof useAssessWizard>;
