/**
 * A .docx → the importer's DocModel, through mammoth (BSD-2-Clause). mammoth's own document tree is read
 * (transformDocument), not its HTML: it carries what the importer needs — heading styles, Word list
 * numbering (level, ordered or bullet), bold runs and tables — without an HTML parser.
 * Loaded only for .docx, so the rest of the CLI does not pay for it.
 */
import type { Block, DocModel, Run } from "../../core/import";
import { normaliseDocument } from "../../core/import";

/** The parts of mammoth's element tree read here (lib/documents.js). */
interface MammothElement {
  readonly type: string;
  readonly children?: readonly MammothElement[];
  readonly value?: string;
  readonly styleId?: string | null;
  readonly styleName?: string | null;
  readonly numbering?: { readonly level: string; readonly isOrdered: boolean } | null;
  readonly isBold?: boolean;
  readonly isItalic?: boolean;
  readonly breakType?: string;
}

/** Why a .docx cannot be read, as one line for the user. */
export class DocxError extends Error {
  override readonly name = "DocxError";
  constructor(readonly code: "import.docx-protected" | "import.docx-unreadable", readonly reason: string) {
    super(reason);
  }
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from("PK");

/**
 * Word saves a password-protected .docx as an OLE compound file holding the encrypted package, not as a
 * zip; an old .doc is a compound file too, without it.
 */
function checkContainer(bytes: Buffer): void {
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    if (bytes.includes(Buffer.from("EncryptedPackage", "utf16le"))) throw new DocxError("import.docx-protected", "password-protected");
    throw new DocxError("import.docx-unreadable", "it is an old Word 97-2003 .doc file; save it as .docx in Word");
  }
  if (!bytes.subarray(0, 2).equals(ZIP_MAGIC)) throw new DocxError("import.docx-unreadable", "it is not a .docx (zip) file");
}

const HEADING_STYLE = /^(?:heading|titre|título|titulo|überschrift)\s*(\d)$/i;

function headingLevel(p: MammothElement): number | undefined {
  const name = (p.styleName ?? "").trim();
  if (/^title$/i.test(name) || /^title$/i.test(p.styleId ?? "")) return 1;
  const m = HEADING_STYLE.exec(name) ?? /^Heading(\d)$/i.exec(p.styleId ?? "");
  return m ? Number(m[1]) : undefined;
}

function runsOf(el: MammothElement, look: { bold: boolean; italic: boolean }, out: Run[]): void {
  for (const c of el.children ?? []) {
    if (c.type === "text") out.push({ text: c.value ?? "", ...(look.bold ? { bold: true } : {}), ...(look.italic ? { italic: true } : {}) });
    else if (c.type === "tab" || (c.type === "break" && c.breakType === "line")) out.push({ text: " " });
    else if (c.type === "run") runsOf(c, { bold: c.isBold === true, italic: c.isItalic === true }, out);
    else runsOf(c, look, out); // hyperlinks, inserted text, fields: their runs
  }
}

const paragraphText = (p: MammothElement): string => {
  const runs: Run[] = [];
  runsOf(p, { bold: false, italic: false }, runs);
  return runs.map((r) => r.text).join("");
};

function collect(el: MammothElement, blocks: Block[]): void {
  for (const c of el.children ?? []) {
    if (c.type === "paragraph") {
      const runs: Run[] = [];
      runsOf(c, { bold: false, italic: false }, runs);
      const level = headingLevel(c);
      if (level !== undefined) blocks.push({ type: "heading", level, runs });
      else if (c.numbering) blocks.push({ type: "list-item", depth: Number(c.numbering.level) || 0, ordered: c.numbering.isOrdered, runs });
      else blocks.push({ type: "paragraph", runs });
    } else if (c.type === "table") {
      const rows = (c.children ?? []).filter((r) => r.type === "tableRow").map((r) =>
        (r.children ?? []).filter((cell) => cell.type === "tableCell").map((cell) => (cell.children ?? []).map(paragraphText).join(" ")));
      blocks.push({ type: "table", rows });
    } else collect(c, blocks); // sdt content controls and the like
  }
}

export async function readDocx(bytes: Buffer): Promise<DocModel> {
  checkContainer(bytes);
  const mammoth = await import("mammoth");
  const blocks: Block[] = [];
  try {
    await mammoth.convertToHtml({ buffer: bytes }, {
      transformDocument: (document: MammothElement) => {
        collect(document, blocks);
        return document;
      },
    } as Parameters<typeof mammoth.convertToHtml>[1]);
  } catch (e) {
    throw new DocxError("import.docx-unreadable", e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  return normaliseDocument({ blocks });
}
