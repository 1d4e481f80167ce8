import { a1, columnLetters, parseAddress, type BlockWrite, type CellValue, type TableCreate } from "../engine/workbook";
import { Utf8Writer } from "./utf8Writer";
import { escapeXml, NS_MAIN, NS_RELATIONSHIPS, XML_DECLARATION } from "./xml";

/** One cell of an output sheet: its value and number format. */
interface OutputCell {
  readonly value: CellValue;
  readonly format: string | null;
}

/** An output sheet as written: its cells, tables, column widths and the row frozen above. */
export class OutputSheet {
  /** Each row's cells by column number (a sparse array). */
  readonly rows = new Map<number, (OutputCell | undefined)[]>();
  readonly tables: { readonly spec: TableCreate; readonly ref: string }[] = [];
  readonly widths = new Map<number, number>();
  frozenRows = 0;

  set(row: number, column: number, value: CellValue, format: string | null): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    cells[column] = { value, format };
  }

  /** A table: its header and rows (at least one row, as Excel requires), formats, widths, frozen header. */
  addTable(t: TableCreate): void {
    const { row, column } = parseAddress(t.topLeft);
    t.columns.forEach((name, c) => this.set(row, column + c, name, null));
    const body = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
    body.forEach((values, r) => t.columns.forEach((_, c) => this.set(row + 1 + r, column + c, values[c] ?? null, t.numberFormats?.[c] ?? null)));
    t.widths?.forEach((w, c) => this.widths.set(column + c, w));
    this.frozenRows = row;
    this.tables.push({ spec: t, ref: `${a1(row, column)}:${a1(row + body.length, column + Math.max(1, t.columns.length) - 1)}` });
  }

  addBlock(w: BlockWrite): void {
    const { row, column } = parseAddress(w.topLeft);
    w.values.forEach((values, r) => values.forEach((v, c) => this.set(row + r, column + c, v, w.numberFormats?.[c] ?? null)));
  }

  formats(): string[] {
    const formats = new Set<string>();
    for (const cells of this.rows.values()) for (const c of cells) if (c?.format) formats.add(c.format);
    return [...formats];
  }
}

/**
 * A text element. Spaces and line breaks at either end are kept by xml:space="preserve", which only
 * such text carries (as Excel and openpyxl write it): the attribute on every cell made the output sheets' parts a fifth larger.
 */
function textElement(text: string): string {
  const edge = text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)));
  return edge ? `<t xml:space="preserve">${escapeXml(text)}</t>` : `<t>${escapeXml(text)}</t>`;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}

function cellXml(ref: string, cell: OutputCell, style: number | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  const v = cell.value;
  if (v === null) return style === undefined ? "" : `<c r="${ref}"${s}/>`;
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(v)}</is></c>`;
  return `<c r="${ref}"${s} t="e"><v>${escapeXml(v.error)}</v></c>`;
}

/** Whether a cell is written at all: a blank without a number format is left out. */
function written(cell: OutputCell | undefined, styleOf: ReadonlyMap<string, number>): cell is OutputCell {
  return cell !== undefined && (cell.value !== null || (cell.format !== null && styleOf.has(cell.format)));
}

/**
 * The worksheet part of an output sheet, as UTF-8 bytes. Text is written as inline strings (never
 * formulas, so text that looks like a formula stays text). `tableIds` are the relationship ids of its
 * table parts, in the order of `sheet.tables`; `kept` are elements of the sheet's earlier part that
 * point at parts kept from it (a drawing with someone's chart, the legacy drawing of comments).
 */
export function worksheetBytes(sheet: OutputSheet, styleOf: ReadonlyMap<string, number>, tableIds: readonly string[], kept: { drawing?: string; legacyDrawing?: string } = {}): Buffer {
  const rowNumbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  let maxRow = 1;
  let maxColumn = 1;
  for (const r of rowNumbers) {
    const cells = sheet.rows.get(r) as (OutputCell | undefined)[];
    for (let c = cells.length - 1; c >= 0; c--) {
      if (!written(cells[c], styleOf)) continue;
      maxRow = Math.max(maxRow, r);
      maxColumn = Math.max(maxColumn, c);
      break;
    }
  }
  const frozen = sheet.frozenRows > 0 ? `<sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${a1(sheet.frozenRows + 1, 1)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>` : `<sheetView workbookViewId="0"/>`;
  const widths = [...sheet.widths].sort(([a], [b]) => a - b).map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
  const tableParts = tableIds.length > 0 ? `<tableParts count="${tableIds.length}">${tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "";
  const out = new Utf8Writer();
  out.write(
    [
      XML_DECLARATION,
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">`,
      `<dimension ref="A1:${a1(maxRow, maxColumn)}"/>`,
      `<sheetViews>${frozen}</sheetViews>`,
      `<sheetFormatPr defaultRowHeight="15"/>`,
      widths.length > 0 ? `<cols>${widths.join("")}</cols>` : "",
      `<sheetData>`,
    ].join(""),
  );
  const letters: string[] = [];
  for (const r of rowNumbers) {
    const cells = sheet.rows.get(r) as (OutputCell | undefined)[];
    let xml = "";
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!written(cell, styleOf)) continue;
      xml += cellXml(`${(letters[c] ??= columnLetters(c))}${r}`, cell, cell.format ? styleOf.get(cell.format) : undefined);
    }
    if (xml !== "") out.write(`<row r="${r}">${xml}</row>`);
  }
  out.write(
    [
      `</sheetData>`,
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
      kept.drawing ?? "",
      kept.legacyDrawing ?? "",
      tableParts,
      `</worksheet>`,
    ].join(""),
  );
  return out.bytes();
}

/** The table part of an Excel table over `ref` (header row first), with a style and filter buttons. */
export function tableXml(t: TableCreate, id: number, ref: string): string {
  const columns = t.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`).join("");
  return [
    XML_DECLARATION,
    `<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" totalsRowShown="0">`,
    `<autoFilter ref="${ref}"/>`,
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>`,
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`,
    `</table>`,
  ].join("");
}
