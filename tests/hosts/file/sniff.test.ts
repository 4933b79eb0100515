import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { FileReadError } from "../../../src/hosts/file/file-read-error";
import type { FileReadReason } from "../../../src/hosts/file/file-read-error";
import { decodeText, isEncryptedOoxml, sniffBytes, sniffFile } from "../../../src/hosts/file/sniff";
import { tempDir } from "./example-xlsx";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

/** The reason a sniff throws with, checking it is one line naming the file. */
function reasonOf(f: () => unknown, file = "plan.xlsx"): FileReadReason | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(FileReadError);
    const err = e as FileReadError;
    expect(err.message).toContain(file);
    expect(err.message).not.toContain("\n");
    return err.reason;
  }
}

describe("sniffBytes", () => {
  it("takes a zip for an .xlsx and text for CSV", () => {
    expect(sniffBytes(bytes("PK", [3, 4], "rest"), 100, "plan.xlsx")).toEqual({ kind: "xlsx" });
    expect(sniffBytes(bytes("Activity;Lead\nA;B\n"), 18, "plan.csv")).toEqual({ kind: "text" });
    expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], "Kosten;Betrag\n"), 17, "plan.csv")).toEqual({ kind: "text" });
    expect(sniffBytes(bytes([0xff, 0xfe], "A\0;\0"), 6, "plan.csv")).toEqual({ kind: "text" });
    expect(sniffBytes(bytes("Co\xfbt;Montant\n"), 14, "plan.csv")).toEqual({ kind: "text" }); // Latin-1 is still text
  });

  it("names what a file is when it is not a spreadsheet", () => {
    expect(reasonOf(() => sniffBytes(bytes("%PDF-1.7\n"), 9, "plan.xlsx"))).toBe("pdf");
    expect(reasonOf(() => sniffBytes(Buffer.alloc(0), 0, "plan.xlsx"))).toBe("empty");
    expect(reasonOf(() => sniffBytes(bytes([0x89], "PNG\r\n", [0x1a, 0x0a, 0, 0]), 10, "plan.xlsx"))).toBe("not-a-spreadsheet");
    expect(reasonOf(() => sniffBytes(bytes("<!DOCTYPE html><html>"), 21, "plan.xlsx"))).toBe("markup");
    const odt = bytes("PK", [3, 4], "x".repeat(26), "mimetypeapplication/vnd.oasis.opendocument.text");
    expect(reasonOf(() => sniffBytes(odt, odt.length, "plan.xlsx"))).toBe("not-a-workbook");
  });

  it("tells the formats SheetJS reads: OpenDocument spreadsheets, OLE .xls and bare BIFF .xls", () => {
    const ods = bytes("PK", [3, 4], "x".repeat(26), "mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
    expect(sniffBytes(ods, ods.length, "plan.xlsx")).toEqual({ kind: "ods" });
    expect(sniffBytes(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 10, "plan.xls")).toEqual({ kind: "xls" });
    expect(sniffBytes(bytes([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00]), 8, "plan.xls")).toEqual({ kind: "xls" }); // Excel 4 BOF
  });
});

describe("isEncryptedOoxml", () => {
  it("finds the EncryptedPackage stream a password-protected .xlsx keeps in its OLE container", () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(isEncryptedOoxml(Buffer.concat([Buffer.from(ole), Buffer.alloc(600), Buffer.from("EncryptedPackage", "utf16le")]))).toBe(true);
    expect(isEncryptedOoxml(Buffer.concat([Buffer.from(ole), Buffer.alloc(600), Buffer.from("Workbook", "utf16le")]))).toBe(false);
  });
});

describe("decodeText", () => {
  it("drops a UTF-8 BOM and keeps UTF-8", () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "Co\xc3\xbbt")).text).toBe("Coût");
  });
  it("falls back to Latin-1 (Windows-1252) for bytes that are not UTF-8", () => {
    const d = decodeText(bytes("Co\xfbt \x96 CHF"));
    expect(d).toEqual({ text: "Coût – CHF", encoding: "latin1" });
  });
  it("reads UTF-16 with a BOM (Excel's 'Unicode text')", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("A\tB", "utf16le")])).text).toBe("A\tB");
  });
});

describe("sniffFile", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  const write = (name: string, content: Buffer | string) => {
    const p = join(tmp.dir, name);
    writeFileSync(p, content);
    return p;
  };
  const reasonFor = async (path: string): Promise<FileReadReason | undefined> => {
    try {
      await sniffFile(path, path);
      return undefined;
    } catch (e) {
      expect(e).toBeInstanceOf(FileReadError);
      expect((e as Error).message).toContain(path);
      return (e as FileReadError).reason;
    }
  };

  it("reports the size with the kind", async () => {
    await expect(sniffFile(write("a.csv", "A,B\n1,2\n"), "a.csv")).resolves.toEqual({ kind: "text", size: 8 });
  });
  it("rejects a PDF renamed .xlsx, an empty file, an encrypted .xlsx, a folder and a missing file by reason", async () => {
    expect(await reasonFor(write("renamed.xlsx", "%PDF-1.4\n%âãÏÓ\n"))).toBe("pdf");
    expect(await reasonFor(write("empty.xlsx", ""))).toBe("empty");
    await expect(sniffFile(write("old.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)])), "old.xlsx")).resolves.toEqual({ kind: "xls", size: 1032 });
    expect(await reasonFor(write("locked.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024), Buffer.from("EncryptedPackage", "utf16le")])))).toBe("encrypted");
    const folder = join(tmp.dir, "folder.xlsx");
    mkdirSync(folder);
    expect(await reasonFor(folder)).toBe("not-a-file");
    expect(await reasonFor(join(tmp.dir, "missing.xlsx"))).toBe("not-found");
  });
});
