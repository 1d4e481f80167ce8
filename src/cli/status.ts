import { describeIssue } from "../engine/messages/describe";
import { faceText } from "../engine/messages/faceText";
import { blockersByForce, progressStatuses, type ProgressTotals } from "../engine/programme";
import { openSession } from "../engine/session";
import { readSnapshot } from "../xlsx";
import { EXIT, printProblem } from "./output";

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const totalsRow = (name: string, t: ProgressTotals): string[] => [name, String(t.forces), String(t.forcesReady), ...progressStatuses.map((s) => String(t.byStatus[s])), String(t.openComments), String(t.overridesWithoutReason)];

/**
 * `ra status FILE [--json]`: for every force and graded domain, the status, assessor, date, open
 * comments and overrides without a reason; totals by region and nationally; what stops publication.
 * Only reads the file. Exit 0 read (whatever the progress), 2 the file cannot be read.
 */
export async function runStatus(file: string, options: { json?: boolean }): Promise<number> {
  const snapshot = await readSnapshot(file);
  if (!snapshot.ok) {
    const [problem] = snapshot.issues;
    if (problem) printProblem(problem);
    return EXIT.cannotRun;
  }
  const status = openSession(snapshot.value).programme;
  if (options.json) {
    const blockers = status.blockers.map((b) => ({ code: b.code, force: b.path.force ?? "", message: describeIssue(b) }));
    process.stdout.write(`${JSON.stringify({ file, rows: status.rows, regions: status.regions, national: status.national, blockers }, null, 2)}\n`);
    return EXIT.ok;
  }
  const out: string[] = [];
  out.push(
    table(
      ["Force", "Region", "Domain", "Status", "Assessor", "Date", "Open comments", "Override without reason"],
      status.rows.map((r) => [r.force, r.region, r.domain, r.status, r.assessor, r.date, r.openComments > 0 ? String(r.openComments) : "", r.overrideWithoutReason ? "Yes" : ""]),
    ),
  );
  out.push(
    "",
    faceText.cli.statusTotals,
    table(["Region", "Forces", "Ready", ...progressStatuses, "Open comments", "Overrides without reason"], [...status.regions.map((r) => totalsRow(r.region, r.totals)), totalsRow("England and Wales", status.national)]),
  );
  const byForce = blockersByForce(status);
  out.push("", byForce.length === 0 ? faceText.cli.statusNothingStops : faceText.cli.statusWhatStops(byForce.length, status.national.forces));
  for (const { force, blockers } of byForce) out.push(`  ${force}:`, ...blockers.map((b) => `    ${describeIssue(b).replace(`${force}: `, "")}`));
  process.stdout.write(`${out.join("\n")}\n`);
  return EXIT.ok;
}
