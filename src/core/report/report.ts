import { z } from "zod";
import type { Validation } from "../validate";

/**
 * The `--json` report: a public contract for users' scripts. Fields may be added, never renamed or
 * dropped. Amounts are currency units as numbers (514753). Tests validate real output against this.
 */
const issueSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  sheet: z.string(),
  cell: z.string(),
  message: z.string(),
  row: z.number().int(),
  column: z.number().int(),
  field: z.string().optional(),
  table: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const budgetSchema = z.object({
  sheet: z.string(),
  table: z.string(),
  currency: z.string(),
  total: z.number(),
  statedTotal: z.number().nullable(),
  lines: z.array(z.object({ label: z.string(), amount: z.number(), share: z.number(), cell: z.string(), staff: z.boolean() })),
  inKind: z.array(z.object({ label: z.string(), note: z.string(), cell: z.string() })),
  staffCosts: z.number(),
  otherCosts: z.number(),
  fte: z.number().nullable(),
  /** Header of the column the main figures come from (the plan year's budget column). */
  column: z.string(),
  columns: z.array(z.object({
    header: z.string(), role: z.enum(["budget", "actuals", "difference", "percentage"]), year: z.number().int().nullable(),
    total: z.number().nullable(), statedTotal: z.number().nullable(), cell: z.string(),
  })),
  sections: z.array(z.object({ label: z.string(), total: z.number(), share: z.number(), cell: z.string(), statedTotal: z.number().nullable(), depth: z.number().int() })),
});

const timelineSchema = z.object({
  sheet: z.string(),
  table: z.string(),
  activities: z.number().int(),
  byMonth: z.record(z.string(), z.number().int()),
  byQuarter: z.record(z.string(), z.number().int()),
  ongoing: z.number().int(),
  unscheduled: z.number().int(),
  months: z.array(z.string()),
  grid: z.array(z.object({
    activity: z.string(), cell: z.string(), start: z.string().nullable(), end: z.string().nullable(), ongoing: z.boolean(),
    lead: z.string().optional(), status: z.string().optional(), activityCell: z.string().optional(),
  })),
  milestones: z.array(z.object({ name: z.string(), month: z.string(), activities: z.number().int() })),
});

const coverageSchema = z.object({
  plan: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  actions: z.array(z.object({ action: z.number().int(), activities: z.array(z.object({ sheet: z.string(), cell: z.string(), activity: z.string() })) })),
  uncovered: z.array(z.number().int()),
});

const unconvertedSchema = z.array(z.object({ currency: z.string(), amount: z.number(), cell: z.string() }));

/** Is the budget funded? One per contributions table, in the budget's currency units. */
const fundingSchema = z.object({
  sheet: z.string(),
  table: z.string(),
  currency: z.string(),
  budget: z.number().nullable(),
  pledged: z.number(),
  received: z.number(),
  outstanding: z.number(),
  gap: z.number().nullable(),
  pledgedGap: z.number().nullable(),
  fundedShare: z.number().nullable(),
  contributors: z.number().int(),
  byContributor: z.array(z.object({ name: z.string(), pledged: z.number(), received: z.number(), cell: z.string() })),
  byMonth: z.record(z.string(), z.number()),
  budgetTable: z.string().nullable(),
  unconverted: unconvertedSchema,
});

/** How much is spent, line by line? One per expenditure ledger. */
const executionSchema = z.object({
  sheet: z.string(),
  table: z.string(),
  currency: z.string(),
  budget: z.number().nullable(),
  spent: z.number(),
  remaining: z.number().nullable(),
  executedShare: z.number().nullable(),
  asOf: z.string(),
  lines: z.array(z.object({ label: z.string(), budget: z.number(), spent: z.number(), remaining: z.number(), share: z.number().nullable(), cell: z.string() })),
  unmatched: z.array(z.object({ label: z.string(), amount: z.number(), cell: z.string() })),
  byMonth: z.record(z.string(), z.number()),
  burnPerMonth: z.number().nullable(),
  projectedYearEnd: z.number().nullable(),
  monthsOfCash: z.number().nullable(),
  budgetTable: z.string().nullable(),
  year: z.number().int().nullable(),
  unconverted: unconvertedSchema,
});

export const ReportSchema = z.object({
  /** Bumped only if a field ever had to change meaning (it should not). */
  schemaVersion: z.literal(1),
  file: z.string().optional(),
  asOf: z.string(),
  valid: z.boolean(),
  /** Findings by severity, including any left unlisted by the per-rule cap. */
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  /** How many findings the per-rule cap left out of `issues` (see table.more-issues). */
  unlisted: z.number().int(),
  tables: z.array(z.object({ sheet: z.string(), kind: z.string(), range: z.string(), id: z.string(), title: z.string().optional(), rows: z.number().int(), source: z.string() })),
  issues: z.array(issueSchema),
  rollups: z.object({
    budget: z.array(budgetSchema),
    timeline: z.array(timelineSchema),
    staffing: z.array(z.object({
      sheet: z.string(), table: z.string(), fteTotal: z.number(), costTotal: z.number().nullable(),
      positions: z.array(z.object({ position: z.string(), fte: z.number().nullable(), cost: z.number().nullable(), cell: z.string() })),
    })),
    deliverables: z.array(z.object({
      sheet: z.string(), cell: z.string(), activity: z.string(), deliverable: z.string(),
      target: z.object({ min: z.number().nullable(), max: z.number().nullable(), unit: z.string() }),
      achieved: z.number().nullable(), source: z.string().nullable(),
    })),
    coverage: z.array(coverageSchema),
    funding: z.array(fundingSchema),
    execution: z.array(executionSchema),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

/** The report as JSON-ready data (plain objects, no undefined-only noise). */
export function toReport(v: Validation, file?: string): Report {
  return {
    schemaVersion: 1,
    file,
    asOf: v.asOf,
    valid: v.counts.error === 0,
    counts: { ...v.counts },
    unlisted: v.unlisted,
    tables: v.tables.map((t) => ({ ...t })),
    issues: v.issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, message: i.message, row: i.row, column: i.column, field: i.field, table: i.table, params: { ...i.params } })),
    rollups: v.rollups as Report["rollups"],
  };
}
