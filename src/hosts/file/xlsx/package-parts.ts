import { posix } from "path";
import { attr, decodeXml, startTags } from "./xml-text";

/** A relationship of an OPC part (`_rels/….rels`): id, what kind of part, and its resolved path in the zip. */
export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI: "worksheet", "styles", "sharedStrings", "table", "officeDocument"… */
  readonly type: string;
  readonly path: string;
  readonly external: boolean;
}

/** Where the relationships of `part` live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsPathOf = (part: string): string => posix.join(posix.dirname(part), "_rels", posix.basename(part) + ".rels");

/** Parses a .rels part; targets are resolved against the folder of the part they belong to. */
export function parseRelationships(xml: string, ownerPart: string): Relationship[] {
  const base = posix.dirname(ownerPart);
  const out: Relationship[] = [];
  for (const tag of startTags(xml, "Relationship")) {
    const id = attr(tag, "Id"), target = attr(tag, "Target"), type = attr(tag, "Type") ?? "";
    if (id === undefined || target === undefined) continue;
    const external = attr(tag, "TargetMode") === "External";
    const clean = target.replace(/\\/g, "/");
    const path = clean.startsWith("/") ? clean.slice(1) : posix.normalize(posix.join(base, clean)).replace(/^(\.\.\/)+/, "");
    out.push({ id, type: type.slice(type.lastIndexOf("/") + 1), path, external });
  }
  return out;
}

/** A sheet as workbook.xml lists it, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly hidden: boolean;
}

export interface WorkbookPart {
  readonly sheets: SheetEntry[];
  /** Workbooks made on old Macs count dates from 1904. */
  readonly date1904: boolean;
}

/** The sheets and date system of workbook.xml. */
export function parseWorkbook(xml: string): WorkbookPart {
  const sheets: SheetEntry[] = [];
  for (const tag of startTags(xml, "sheet")) {
    const name = attr(tag, "name");
    const relId = attr(tag, "r:id") ?? /\s[\w-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    if (name === undefined || relId === undefined) continue;
    const state = attr(tag, "state");
    sheets.push({ name, relId: decodeXml(relId), hidden: state === "hidden" || state === "veryHidden" });
  }
  let date1904 = false;
  for (const tag of startTags(xml, "workbookPr")) {
    const v = attr(tag, "date1904");
    date1904 = v === "1" || v === "true";
  }
  return { sheets, date1904 };
}

/** An Excel table (ListObject) from xl/tables/tableN.xml: its name and A1 area. */
export function parseTable(xml: string): { name: string; ref: string } | undefined {
  for (const tag of startTags(xml, "table")) {
    const ref = attr(tag, "ref");
    if (ref === undefined) return undefined;
    return { name: attr(tag, "displayName") ?? attr(tag, "name") ?? "Table", ref };
  }
  return undefined;
}
