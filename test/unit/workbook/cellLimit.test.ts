import { CELL_TEXT_LIMIT, fitCellLimit, splitText, type WritePlan } from "../../../src/engine/workbook";
import { cellTextNotes } from "../../../src/engine/messages/en-GB";

const unsplit = (parts: readonly string[]) => parts.map((p) => p.replace(cellTextNotes.continuedFromAbove, "").replace(cellTextNotes.continuesBelow, "")).join("");

describe("text longer than a cell holds", () => {
  // 34,041 characters, the Report cell of the issue: "evidence " (9 characters) 3,783 times is 34,047, cut to 34,041.
  const long = "evidence ".repeat(3_783).slice(0, 34_041);

  it("is split into parts of at most 32,767 characters that give the text back exactly", () => {
    expect(long.length).toBe(34_041);
    const parts = splitText(long);
    expect(parts).toHaveLength(2);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(parts[0]?.endsWith(" [continued in the next row]")).toBe(true);
    expect(parts[1]?.startsWith("[continued] ")).toBe(true);
    expect(unsplit(parts)).toBe(long);
    // Cut after a space, not inside a word.
    expect(parts[0]?.replace(cellTextNotes.continuesBelow, "").endsWith("evidence ")).toBe(true);
  });

  it("leaves text of exactly 32,767 characters whole, and never splits a surrogate pair", () => {
    expect(splitText("a".repeat(CELL_TEXT_LIMIT))).toEqual(["a".repeat(CELL_TEXT_LIMIT)]);
    const emoji = "\u{1F46E}".repeat(40); // 80 UTF-16 units, no spaces
    const parts = splitText(emoji, 50);
    expect(unsplit(parts)).toBe(emoji);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(50);
    for (const p of parts) expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("becomes several table rows with the other cells repeated, one finding naming the cell; block text is cut with a note", () => {
    const plan: WritePlan = {
      createSheets: [],
      tables: [{ sheet: "Report", name: "Report", topLeft: "A1", columns: ["Force", "Domain", "Question", "Text", "Reading ease"], rows: [["Kent", "Local Crime and Policing", "Q1", "short", 70], ["Kent", "Local Crime and Policing", "Q2", long, 65]] }],
      writes: [{ sheet: "Notes", topLeft: "B2", values: [[long]] }],
    };
    const { plan: fitted, findings } = fitCellLimit(plan);
    const rows = fitted.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => [r[0], r[2], r[4]])).toEqual([["Kent", "Q1", 70], ["Kent", "Q2", 65], ["Kent", "Q2", 65]]);
    expect(unsplit([String(rows[1]?.[3]), String(rows[2]?.[3])])).toBe(long);
    const cut = String(fitted.writes[0]?.values[0]?.[0]);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(cut).toMatch(/ \[cut here: 1,\d{3} more characters did not fit in one cell\]$/);
    expect(findings.map((f) => [f.code, f.path.sheet, f.path.cell])).toEqual([["text-split", "Report", "D3"], ["text-cut", "Notes", "B2"]]);
    expect(fitCellLimit({ ...plan, tables: [], writes: [] }).plan).toEqual({ ...plan, tables: [], writes: [] });
  });
});
