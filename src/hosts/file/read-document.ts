/**
 * A work-plan document file → the importer's DocModel: .docx through mammoth (loaded only then),
 * .md as markdown, .txt as plain text (a line per paragraph). Failures are one line naming the file.
 */
import { promises as fs } from "fs";
import { extname } from "path";
import { parseText, type DocModel } from "../../core/import";
import { importMessage } from "../../core/messages";
import type { Format } from "../../core/i18n";
import { FileReadError } from "./file-read-error";
import { decodeText } from "./sniff";

export const DOCUMENT_EXTENSIONS = [".docx", ".md", ".markdown", ".txt"] as const;
/** Far above any work plan (the ISU's, with its budget, is 60 KB of text): a guard against the wrong file. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export async function readDocument(path: string, format?: Format, file = path): Promise<DocModel> {
  const ext = extname(path).toLowerCase();
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new FileReadError(file, "not-a-spreadsheet", `${file}: import reads Word (.docx), markdown (.md) or text (.txt) documents, not '${ext || "no extension"}'`);
  }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new FileReadError(file, "unreadable", `cannot read ${file}: it is not a regular file`);
    if (stat.size > MAX_DOCUMENT_BYTES) throw new FileReadError(file, "unreadable", `${file} is ${Math.round(stat.size / 1048576)} MB, larger than a work plan can be (${MAX_DOCUMENT_BYTES / 1048576} MB)`);
    bytes = await fs.readFile(path);
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(file, "unreadable", `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (ext === ".docx") {
    if (bytes.length === 0) return { blocks: [] };
    const { readDocx, DocxError } = await import("./read-docx");
    try {
      return await readDocx(bytes);
    } catch (e) {
      if (e instanceof DocxError) throw new FileReadError(file, "unreadable", importMessage(e.code, { file, reason: e.reason }, format));
      throw e;
    }
  }
  return parseText(decodeText(bytes).text, { joinLines: ext !== ".txt" });
}
