/**
 * A .docx written from each seed (real Word structure: heading styles, bold runs, list numbering) imports
 * exactly as its .md does, locations included; broken and protected .docx files get one clear line.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { importPlan, parseText } from "../../../src/core/import";
import { readDocx } from "../../../src/hosts/file/read-docx";
import { docxFromModel } from "../../support/docx-writer";

const SEEDS = path.join(__dirname, "..", "..", "..", "examples", "seeds");
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".md")).sort();

describe("a .docx of each seed imports as its .md", () => {
  for (const file of seeds) {
    it(file, async () => {
      const md = parseText(fs.readFileSync(path.join(SEEDS, file), "utf8"), { joinLines: true });
      const bytes = await docxFromModel(md);
      const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
      // Not plain text: Word's own structure.
      if (md.blocks.some((b) => b.type === "list-item")) expect(xml).toMatch(/<w:numPr>/);
      if (md.blocks.some((b) => b.type === "heading")) expect(xml).toMatch(/<w:pStyle w:val="Heading\d"\/>/);
      if (md.blocks.some((b) => b.type !== "table" && b.runs.some((r) => r.bold))) expect(xml).toMatch(/<w:b\/>/);
      const fromDocx = await readDocx(bytes);
      expect(fromDocx.blocks).toEqual(md.blocks);
      expect(importPlan(fromDocx)).toEqual(importPlan(md));
    });
  }
});

describe("a .docx that cannot be read", () => {
  it("a password-protected one (an OLE container holding the encrypted package) says so", async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptionInfo\0EncryptedPackage", "utf16le")]);
    await expect(readDocx(cfb)).rejects.toMatchObject({ code: "import.docx-protected" });
  });
  it("a corrupt one (a zip that is not a document, or no zip at all) is unreadable", async () => {
    const zip = await new JSZip().file("hello.txt", "hi").generateAsync({ type: "nodebuffer" });
    await expect(readDocx(zip)).rejects.toMatchObject({ code: "import.docx-unreadable" });
    await expect(readDocx(Buffer.from("PK\u0003\u0004 truncated"))).rejects.toMatchObject({ code: "import.docx-unreadable" });
    await expect(readDocx(Buffer.from("just some text"))).rejects.toMatchObject({ code: "import.docx-unreadable" });
  });
});
