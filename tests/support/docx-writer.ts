/**
 * Writes a DocModel as a real Word document with the `docx` package (MIT, devDependency): heading styles,
 * bold and italic runs, Word list numbering (a numbering definition per list, w:numPr on each item, the
 * numbers themselves not in the text) and tables. Tests import the result and compare it with its .md.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import type { Block, DocModel, Run } from "../../src/core/import";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const LEVELS = 9;

const runs = (rs: readonly Run[]) => rs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));

function levels(ordered: boolean) {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : "•",
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

export async function docxFromModel(doc: DocModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let instance = 0;
  let previous: Block | undefined;
  for (const b of doc.blocks) {
    if (b.type === "heading") children.push(new Paragraph({ heading: HEADINGS[Math.min(b.level, 6) - 1], children: runs(b.runs) }));
    else if (b.type === "paragraph") children.push(new Paragraph({ children: runs(b.runs) }));
    else if (b.type === "list-item") {
      // A new list (so numbering restarts) whenever the previous block was not an item of the same kind.
      if (!(previous?.type === "list-item" && previous.ordered === b.ordered)) instance++;
      children.push(new Paragraph({ children: runs(b.runs), numbering: { reference: b.ordered ? "ordered" : "bullets", level: Math.min(b.depth, LEVELS - 1), instance } }));
    } else {
      children.push(new Table({ rows: b.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun(cell)] })] })) })) }));
    }
    previous = b;
  }
  const document = new Document({
    numbering: { config: [{ reference: "ordered", levels: levels(true) }, { reference: "bullets", levels: levels(false) }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
