import type { z } from "zod";
import type { ResolvedSettings } from "../settings";
import type { SheetView } from "../sheet-view";
import type { DetectedTable } from "../table";
import type { KindName } from "./kind-name";

/** One column a kind understands, with the header texts (EN/FR/ES, normalised) that name it. */
export interface FieldSpec {
  readonly name: string;
  readonly title: string;
  readonly aliases: readonly string[];
  /** A blank cell in this column is an error (cell.required-blank). */
  readonly required?: boolean;
  /** Money columns get the amount checks shared by all kinds (number stored as text). */
  readonly type?: "money";
  /** Headers no alias lists that still name this field ("Budget 2026", "Variance"), tested after the aliases. */
  readonly pattern?: (header: string) => boolean;
}

/** What a reader gets: the table, its sheet, and the run's settings. */
export interface ReadContext {
  readonly table: DetectedTable;
  readonly sheet: SheetView;
  readonly settings: ResolvedSettings;
}

/** What a kind may use to refine a detected table before it is read (the workbook's name, the settings). */
export interface PrepareContext {
  readonly sheet: SheetView;
  readonly file?: string;
  readonly settings: ResolvedSettings;
}

/**
 * A table kind: its fields, how to recognise its header, a zod schema that documents one record,
 * and a reader that turns the table's cells into records (hot path: plain code, no per-row zod).
 */
export interface TableKind<R extends { row: number }> {
  readonly name: KindName;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  /** Given the fields matched in a candidate header row, is this that kind of table? */
  identify(matched: ReadonlySet<string>): boolean;
  readonly recordSchema: z.ZodType<R>;
  read(ctx: ReadContext): R[];
  /** Refines a detected table once (a budget picks its amount columns and its main one). */
  prepare?(table: DetectedTable, ctx: PrepareContext): DetectedTable;
}
