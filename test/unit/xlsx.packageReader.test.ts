import type { SheetGrid } from "../../src/engine/workbook";
import { snapshotFromBytes } from "../../src/xlsx";
import { workbookGrids } from "../../src/xlsx/readPackage";
import { shiftFormula } from "../../src/xlsx/sharedFormula";
import { makeEntry, readZip, writeZip } from "../../src/xlsx/zip";

// The package reader on small packages written here by hand, part by part, as the programs that write
// .xlsx files write them; every expected value is worked out by hand from the XML.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Sheet {
  readonly name: string;
  readonly xml: string;
  readonly state?: string;
  readonly tables?: readonly string[];
}

function rels(items: readonly { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0"?><Relationships xmlns="${PR}">${items.map((r) => `<Relationship Id="${r.id}" Type="${T}/${r.type}" Target="${r.target}"/>`).join("")}</Relationships>`;
}

/** A package of `sheets`; `absolute` names parts by absolute targets, as openpyxl does. */
function pack(sheets: readonly Sheet[], options: { strings?: string; styles?: string; workbookPr?: string; absolute?: boolean; extra?: Record<string, string> } = {}): Buffer {
  const at = (path: string) => (options.absolute ? `/xl/${path}` : path);
  const entries = [
    makeEntry("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    makeEntry("_rels/.rels", rels([{ id: "rId1", type: "officeDocument", target: options.absolute ? "/xl/workbook.xml" : "xl/workbook.xml" }])),
    makeEntry(
      "xl/workbook.xml",
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${R}">${options.workbookPr ?? ""}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    makeEntry(
      "xl/_rels/workbook.xml.rels",
      rels([
        ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: "worksheet", target: at(`worksheets/sheet${i + 1}.xml`) })),
        ...(options.strings ? [{ id: "rIdS", type: "sharedStrings", target: at("sharedStrings.xml") }] : []),
        ...(options.styles ? [{ id: "rIdY", type: "styles", target: at("styles.xml") }] : []),
      ]),
    ),
    ...sheets.map((s, i) => makeEntry(`xl/worksheets/sheet${i + 1}.xml`, s.xml)),
    ...sheets.flatMap((s, i) => (s.tables ? [makeEntry(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, rels(s.tables.map((_, k) => ({ id: `rIdT${k}`, type: "table", target: options.absolute ? `/xl/tables/table${i}${k}.xml` : `../tables/table${i}${k}.xml` }))))] : [])),
    ...sheets.flatMap((s, i) => (s.tables ?? []).map((t, k) => makeEntry(`xl/tables/table${i}${k}.xml`, t))),
    ...(options.strings ? [makeEntry("xl/sharedStrings.xml", options.strings)] : []),
    ...(options.styles ? [makeEntry("xl/styles.xml", options.styles)] : []),
    ...Object.entries(options.extra ?? {}).map(([name, text]) => makeEntry(name, text)),
  ];
  return writeZip(entries);
}

const sheetXml = (data: string, after = "") => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${data}</sheetData>${after}</worksheet>`;

function grid(bytes: Buffer, sheet = "Data"): SheetGrid {
  const g = workbookGrids(bytes).grid(sheet);
  if (!g) throw new Error("no grid");
  return g;
}

// Styles: cellXfs 0 General, 1 a date format of the workbook's own (id 164), 2 built-in 14 (a date),
// 3 built-in 10 (0.00%), 4 a format with "d" only in quotes (not a date), 5 [Red] colour (not a date).
const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0&quot; days&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.0"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>`;

describe("cell values by type", () => {
  const strings = `<sst xmlns="${MAIN}" count="4" uniqueCount="4"><si><t>Kent</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Avon </t></r><r><t>&amp; Somerset</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t>line_x000D_break</t></si><si><t/></si></sst>`;
  const data = [
    `<row r="1">`,
    `<c r="A1" t="s"><v>0</v></c>`, // shared string
    `<c r="B1" t="s"><v>1</v></c>`, // rich text runs joined
    `<c r="C1" t="s"><v>2</v></c>`, // phonetic run left out
    `<c r="D1" t="s"><v>3</v></c>`, // _x000D_ is a carriage return
    `<c r="E1" t="inlineStr"><is><t>inline &lt;text&gt;</t></is></c>`,
    `<c r="F1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>`,
    `<c r="G1" t="b"><v>1</v></c><c r="H1" t="b"><v>0</v></c>`,
    `<c r="I1" t="e"><v>#N/A</v></c>`,
    `<c r="J1"><v>12.5</v></c><c r="K1" t="n"><v>-3E2</v></c>`,
    `<c r="L1" t="d"><v>2020-03-31T00:00:00Z</v></c>`,
    `<c r="M1" t="str"><v>plain</v></c>`,
    `<c r="N1" t="s"><v>4</v></c>`, // an empty shared string is empty text
    `</row>`,
  ].join("");

  it("reads shared, rich, inline and formula strings, booleans, errors, numbers and ISO dates", () => {
    const g = grid(pack([{ name: "Data", xml: sheetXml(data) }], { strings }));
    expect(g.cells).toEqual([["Kent", "Avon & Somerset", "東京", "line\rbreak", "inline <text>", "inline", true, false, { error: "#N/A" }, 12.5, -300, "2020-03-31", "plain", ""]]);
  });

  it("reads numbers in a date format as ISO dates (serial 43921 is 31 March 2020; 1 January 1900 is serial 1), others as numbers", () => {
    const cells = `<row r="1"><c r="A1" s="1"><v>43921</v></c><c r="B1" s="2"><v>43921.75</v></c><c r="C1" s="3"><v>0.401</v></c><c r="D1" s="4"><v>5</v></c><c r="E1" s="5"><v>6</v></c><c r="F1" s="2"><v>1</v></c></row>`;
    const g = grid(pack([{ name: "Data", xml: sheetXml(cells) }], { styles }));
    expect(g.cells).toEqual([["2020-03-31", "2020-03-31", 0.401, 5, 6, "1900-01-01"]]);
    expect(g.detail?.(1, 3)).toEqual({ numberFormat: "0.00%" });
    expect(g.detail?.(1, 1)).toEqual({ numberFormat: "dd/mm/yyyy" });
  });

  it("counts dates from 1 January 1904 in a workbook that says so (serial 0 is 1 January 1904)", () => {
    const cells = `<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>42459</v></c></row>`;
    const g = grid(pack([{ name: "Data", xml: sheetXml(cells) }], { styles, workbookPr: `<workbookPr date1904="1"/>` }));
    expect(g.cells).toEqual([["1904-01-01", "2020-03-31"]]);
  });

  it("keeps text where a number should be as text, never NaN", () => {
    const g = grid(pack([{ name: "Data", xml: sheetXml(`<row r="1"><c r="A1"><v>12abc</v></c></row>`) }]));
    expect(g.cells).toEqual([["12abc"]]);
  });
});

describe("formulas", () => {
  const cells = [
    `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="str"><f>""</f><v></v></c></row>`,
    `<row r="2"><c r="A2"><f>SUM(B2:C2)</f></c><c r="B2"><v>1</v></c></row>`,
    `<row r="3"><c r="A3"><f t="shared" ref="A3:A5" si="0">B3*2+$C$1+'Other Sheet'!B3</f><v>4</v></c></row>`,
    `<row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c></row>`,
    `<row r="5"><c r="A5"><f t="shared" si="0"/></c></row>`,
  ].join("");

  it("give their saved result; a formula saved with no result is blank, its text kept (a shared one's moved to its cell)", () => {
    const g = grid(pack([{ name: "Data", xml: sheetXml(cells) }]));
    expect(g.cells).toEqual([[2, "ab", true, { error: "#DIV/0!" }, ""], [null, 1], [4], [6], undefined]);
    expect(g.detail?.(2, 1)).toEqual({ numberFormat: null, formulaWithoutResult: "=SUM(B2:C2)" });
    // Two rows down from A3: B3 -> B5; $C$1 stays; the quoted sheet name is not a reference.
    expect(g.detail?.(5, 1)).toEqual({ numberFormat: null, formulaWithoutResult: "=B5*2+$C$1+'Other Sheet'!B5" });
    expect(g.detail?.(4, 1)).toBeUndefined();
  });
});

describe("where cells are", () => {
  it("places rows and cells written without their r attribute one after another", () => {
    const cells = `<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row>`;
    expect(grid(pack([{ name: "Data", xml: sheetXml(cells) }])).cells).toEqual([[1, 2], [null, null, 3, 4], undefined, undefined, [5]]);
  });

  it("reads elements with a namespace prefix, entities and CDATA", () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[<Kent & Essex>]]></x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>caf&#233; &#x2013; &quot;Met&quot;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(grid(pack([{ name: "Data", xml }])).cells).toEqual([["<Kent & Essex>", "café – \"Met\""]]);
  });

  it("gives every cell of a merged range the value of its first cell, and lists the range", () => {
    const cells = `<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>8</v></c></row><row r="2"><c r="A2"><v>9</v></c></row>`;
    const g = grid(pack([{ name: "Data", xml: sheetXml(cells, `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`) }]));
    expect(g.cells).toEqual([[7, 7], [7, 7]]);
    expect(g.mergedRanges).toEqual(["A1:B2"]);
  });
});

describe("the workbook's sheets and tables", () => {
  const table = (name: string, ref: string) => `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="${name}" displayName="${name}" ref="${ref}"><tableColumns count="1"><tableColumn id="1" name="Force"/></tableColumns></table>`;

  it.each([false, true])("finds tables through each sheet's relationships, hidden states and names (absolute targets: %s)", (absolute) => {
    const sheets = [
      { name: "About", xml: sheetXml("") },
      { name: "Data", xml: sheetXml(`<row r="2"><c r="B2" t="inlineStr"><is><t>Force</t></is></c></row>`), state: "hidden", tables: [table("Data", "B2:B3")] },
      { name: "R&amp;D", xml: sheetXml(""), state: "veryHidden" },
    ];
    const book = workbookGrids(pack(sheets, { absolute }));
    expect(book.sheets).toEqual(["About", "Data", "R&D"]);
    expect(book.tables).toEqual([{ name: "Data", sheet: "Data" }]);
    expect(book.grid("Data")).toMatchObject({ hidden: "hidden", tables: [{ name: "Data", ref: "B2:B3" }], cells: [undefined, [null, "Force"]] });
    expect(book.grid("R&D")?.hidden).toBe("very hidden");
    expect(book.grid("About")?.hidden).toBeUndefined();
    expect(book.grid("Nowhere")).toBeUndefined();
  });
});

describe("a damaged package", () => {
  it.each([
    ["a worksheet that is not well formed XML", pack([{ name: "About", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></row>`) }])],
    ["a cell whose position is not an A1 reference", pack([{ name: "About", xml: sheetXml(`<row r="1"><c r="1A"><v>1</v></c></row>`) }])],
    ["a shared strings part cut short", pack([{ name: "About", xml: sheetXml("") }], { strings: `<sst xmlns="${MAIN}"><si><t>Kent` })],
  ])("is file-corrupt, naming the file, for %s", (_, bytes) => {
    const read = snapshotFromBytes(bytes, "copy.xlsx");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues.map((i) => [i.code, i.params])).toEqual([["file-corrupt", { file: "copy.xlsx" }]]);
  });

  it("is file-corrupt when the workbook names a worksheet part the package lacks", () => {
    const bytes = pack([{ name: "About", xml: sheetXml("") }]);
    const without = writeZip(readZip(bytes).filter((e) => e.name !== "xl/worksheets/sheet1.xml"));
    const read = snapshotFromBytes(without, "copy.xlsx");
    expect(read.ok ? "read" : read.issues[0]?.code).toBe("file-corrupt");
  });
});

describe("a shared formula's text in another cell", () => {
  it.each([
    // From B2 to D5: two columns right, three rows down.
    ["A1+$A1+A$1+$A$1", 3, 2, "C4+$A4+C$1+$A$1"],
    // Function names that look like references (LOG10) and text in quotes are not references.
    ['LOG10(A1)&"A1"', 1, 0, 'LOG10(A2)&"A1"'],
    ["'Data 2'!B2*Z9", 0, 1, "'Data 2'!C2*AA9"],
    // A reference moved off the sheet is Excel's #REF!.
    ["A2", -2, 0, "#REF!"],
  ])("%s moved %i rows and %i columns is %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});
