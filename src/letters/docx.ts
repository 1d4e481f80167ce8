import { AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Letter, LetterBlock } from "../engine/letters";

/** A4 in twentieths of a point (210 mm × 297 mm), with 25 mm margins. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1418;
const LANGUAGE = { value: "en-GB" } as const;
const BULLETS = "letter-bullets";

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, header: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

function blockOf(block: LetterBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ text: block.text, heading: headingLevels[block.level] })];
    case "paragraph":
      return [new Paragraph({ text: block.text, spacing: { after: 160 } })];
    case "list":
      return block.items.map((item) => new Paragraph({ text: item, numbering: { reference: BULLETS, level: 0 } }));
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }), ...block.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) }))],
        }),
        new Paragraph({ text: "" }),
      ];
  }
}

/**
 * A letter as a Word document (.docx): A4, the document language en-GB, real headings (Heading 1 to
 * 3), bulleted lists, tables whose first row repeats as a header row, page numbers in the footer,
 * and DRAFT in the header (and the title) until the force's grades are Final.
 */
export async function letterDocx(letter: Letter): Promise<Uint8Array> {
  const title = letter.draft ? `DRAFT: ${letter.title}` : letter.title;
  const doc = new Document({
    creator: "Rounded Assessment",
    title,
    description: letter.forPublication ? "Open letter, for publication" : "Feedback letter",
    styles: { default: { document: { run: { language: LANGUAGE, font: "Arial", size: 24 } } } },
    numbering: { config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: letter.draft ? "DRAFT" : letter.forPublication ? "For publication" : "", bold: true })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })] })] }) },
        children: letter.blocks.flatMap(blockOf),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
