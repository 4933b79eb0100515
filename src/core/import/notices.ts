/** What the importer tells the user about a document: skipped or doubtful parts, each at its place. */
import type { DocLocation } from "./outline";

export type ImportNoticeCode =
  /** A period title with no activity below it: skipped. */
  | "import.empty-period"
  /** An activity in the timeline section before any period: imported with a blank timeline. */
  | "import.no-period"
  /** A "Deliverable:" line with no activity above it in the timeline: listed with the deliverables only. */
  | "import.deliverable-unattached"
  /** A table inside the timeline section: not read as activities. */
  | "import.table-skipped"
  /** No "Strategy implementers" (or similar) section: the Lead column is left blank. */
  | "import.no-lead"
  /** No timeline section: only the budget is imported. */
  | "import.no-timeline"
  /** A budget line whose amount cannot be read: imported without an amount, its text in the notes. */
  | "import.amount-unreadable"
  /** The total written in the document is not the sum of its lines. */
  | "import.total-differs";

export interface ImportNotice {
  readonly code: ImportNoticeCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly location: DocLocation;
}
