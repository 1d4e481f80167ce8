import { newWorkbookPlan, snapshotOfPlan, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../../src/engine/workbook";

/**
 * A small valid workbook for checker tests, laid out so every cell address can be worked out by hand:
 * every table starts at A1 (header in row 1, data from row 2), rows in the order listed here.
 *
 * Forces (A Force, B Region, C Population, D Population year, E Households, F Households year, G Source):
 *   rows 2-4 Kent 2006/07..2008/09, rows 5-7 Essex, rows 8-10 Surrey.
 * Data (A Force, B Year, C Data set id, D Numerator, E Denominator, F Source): for each force, year,
 *   then robbery and burglary-detections: row 2 Kent 2006/07 robbery, row 3 Kent 2006/07 burglary-detections, ...
 * Survey (A Force, B Year, C Data set id, D Percentage, E Sample size, F Design effect, G-H Minority ethnic
 *   percentage and sample size, I Source):
 *   satisfaction, row 2 Kent 2006/07 ... row 10 Surrey 2008/09.
 * Finance: one row per force for 2008/09 (rows 2-4). MSG: each force with the other two (rows 2-7).
 * Evidence: row 2 Kent, Local Crime and Policing, CAA red flag; Actions: row 2 its action.
 */
export const forces = ["Kent", "Essex", "Surrey"] as const;
export const years = ["2006/07", "2007/08", "2008/09"] as const;
const population: Record<string, number> = { Kent: 1_000_000, Essex: 1_200_000, Surrey: 800_000 };

export function validRows(): Record<string, CellValue[][]> {
  const forcesRows: CellValue[][] = [];
  const data: CellValue[][] = [];
  const survey: CellValue[][] = [];
  for (const f of forces) {
    for (const y of years) {
      const p = population[f] as number;
      forcesRows.push([f, "South East", p, y, p / 2.5, y, "test", null, null]);
      data.push([f, y, "robbery", 1000, null, "test"]);
      data.push([f, y, "burglary-detections", 300, 1500, "test"]);
      survey.push([f, y, "satisfaction", 82.5, 600, 1.2, null, null, "test"]);
    }
  }
  const finance: CellValue[][] = forces.map((f) => [f, "2008/09", 100e6, 2000, 5e6, 200, 40e6, 1200, 60e6, 500_000, 180e6, null, null, "pay, overtime", "test"]);
  const msg: CellValue[][] = forces.flatMap((f) => forces.filter((p) => p !== f).map((p) => [f, p, "2008/09", "derived", null] as CellValue[]));
  return {
    Forces: forcesRows,
    Data: data,
    Survey: survey,
    Finance: finance,
    MSG: msg,
    Evidence: [["Kent", "Local Crime and Policing", "CAA red flag", null, "Burglary rising", "test"]],
    Actions: [["Kent", "Local Crime and Policing", "Burglary reduction plan", "ACC Crime", "2009-12"]],
  };
}

/** The valid workbook as a snapshot, after `change` edits its rows. */
export function validSnapshot(change: (rows: Record<string, CellValue[][]>) => void = () => undefined): WorkbookSnapshot {
  const rows = validRows();
  change(rows);
  return snapshotOfPlan(newWorkbookPlan({ assessmentYear: "2008/09", preparedBy: "Tests", dataSources: "Made up", illustrative: true }, rows));
}

/** Replaces one table of a snapshot. */
export function withTable(s: WorkbookSnapshot, sheet: string, change: (t: TableSnapshot) => TableSnapshot | undefined): WorkbookSnapshot {
  const tables = s.tables.flatMap((t) => {
    if (t.sheet !== sheet) return [t];
    const changed = change(t);
    return changed ? [changed] : [];
  });
  return { ...s, tables };
}

/** Sets one cell of a table's data row (0-based) by column position. */
export function setCell(rows: Record<string, CellValue[][]>, table: string, row: number, column: number, value: CellValue): void {
  const r = rows[table]?.[row];
  if (!r) throw new Error(`No row ${row} in ${table}`);
  r[column] = value;
}
