import { z } from "zod";
import { parseTarget, Target } from "../parse/target";
import { DateRead, MoneyCell, PeriodCell, readDate, readMoney, readPeriod, readText } from "../read/cell-readers";
import { periodFromDates } from "../read/period-from-dates";
import { readRefs, RefCell } from "../read/ref-reader";
import { normaliseLabel } from "../text";
import { memoByText } from "../memo";
import type { RawCell } from "../snapshot";
import type { TableKind } from "./kind";

/**
 * A deliverable states a numeric target when it leads with a count or a comparator
 * ("at least 10 documented meetings", "1-2 regional engagements", "Two regional workshops");
 * a number in passing ("between the two Committees", "the 13 MSP") is not a target.
 */
const TARGET_CUE = /^\W*(?:(?:a|an|the)\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|uno|una|dos|tres)\b|\b(?:at least|at most|minimum|min\.|up to|no more than|no fewer than|more than|au moins|au minimum|au plus|jusqu'a|al menos|como minimo|hasta)\b/i;
const targetOf = memoByText((text: string) => (TARGET_CUE.test(text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) ? parseTarget(text) : undefined));
/** The numeric target a deliverable text states, as a Deliverable cell is read (the importer reads documents so). */
export const deliverableTarget = (text: string): Target | undefined => {
  const t = targetOf(text);
  return t?.ok ? t.value : undefined;
};

export interface ActivityRecord {
  readonly row: number;
  readonly activity: string;
  readonly lead: string;
  readonly partners: string;
  readonly reference: RefCell;
  readonly timeline: PeriodCell;
  /** Start and End date columns (templates have them for the Gantt); blank when absent. */
  readonly startDate: DateRead;
  readonly endDate: DateRead;
  readonly deliverable: string;
  /** A numeric target: the Target column if there is one, else what the deliverable text states. */
  readonly target?: Target;
  readonly achieved?: number;
  readonly status: string;
  readonly done: boolean;
  readonly budget: MoneyCell;
}

/** Statuses that mean the activity needs no more work (never "overdue"). */
const DONE = new Set([
  "done", "completed", "complete", "achieved", "finished", "delivered", "closed", "cancelled", "canceled", "dropped", "held",
  "termine", "terminee", "realise", "realisee", "acheve", "acheve e", "fait", "annule", "annulee",
  "completado", "completada", "terminado", "terminada", "realizado", "realizada", "cumplido", "cancelado", "hecho",
]);
export const isDoneStatus = memoByText((status: string): boolean => DONE.has(normaliseLabel(status)));

export const activitiesKind: TableKind<ActivityRecord> = {
  name: "activities",
  title: "Activities",
  fields: [
    { name: "activity", title: "Activity", required: true, aliases: ["activity", "activities", "action", "task", "tasks", "concrete activities", "activite", "activites", "tache", "taches", "actividad", "actividades", "tarea", "tareas"] },
    { name: "lead", title: "Lead", required: true, aliases: ["lead", "leads", "responsible", "responsibility", "coordinator", "coordinators", "lead implementer", "implementer", "implementers", "owner", "focal point", "lead entity", "who", "responsable", "responsables", "pilote", "point focal", "coordinateur", "coordinador", "encargado"] },
    { name: "partners", title: "Partners", aliases: ["partners", "partner", "supporting", "support", "other implementers", "strategy implementers", "stakeholders", "strategic actors", "potential partners", "with", "partenaires", "partenaire", "socios", "asociados", "aliados"] },
    { name: "reference", title: "Action-plan reference", aliases: ["action plan reference", "action plan", "lap action", "lap actions", "lap", "lap reference", "lap ref", "reference", "ref", "action ref", "action reference", "action no", "action number", "actions", "plan d action", "reference pa", "action du plan", "referencia", "plan de accion", "acciones"] },
    { name: "timeline", title: "Timeline", aliases: ["timeline", "timelines", "when", "period", "periode", "date", "dates", "timeframe", "time frame", "schedule", "timing", "deadline", "due", "due date", "calendrier", "echeance", "echeancier", "calendario", "plazo", "fecha", "fechas", "periodo", "cronograma"] },
    { name: "start", title: "Start", aliases: ["start", "start date", "starts", "from", "debut", "date de debut", "inicio", "fecha de inicio", "desde"] },
    { name: "end", title: "End", aliases: ["end", "end date", "ends", "until", "fin", "date de fin", "fecha de fin", "hasta"] },
    { name: "deliverable", title: "Deliverable", aliases: ["deliverable", "deliverables", "output", "outputs", "expected output", "expected outputs", "expected result", "expected results", "result", "results", "outcome", "resultat", "resultats", "resultat attendu", "resultats attendus", "livrable", "livrables", "producto", "productos", "resultado", "resultados", "entregable", "entregables"] },
    { name: "target", title: "Target", aliases: ["target", "targets", "indicator target", "cible", "objectif chiffre", "meta"] },
    { name: "achieved", title: "Achieved", aliases: ["achieved", "actual", "progress count", "done count", "realise", "atteint", "logrado", "alcanzado"] },
    { name: "status", title: "Status", aliases: ["status", "state of play", "progress", "etat", "statut", "avancement", "estado", "situacion"] },
    { name: "budget", title: "Budget", type: "money", aliases: ["budget", "cost", "estimated cost", "estimated budget", "amount", "cost chf", "budget chf", "amount in chf", "cout", "montant", "costo", "presupuesto", "importe"] },
  ],
  identify: (m) => m.has("activity") && (m.has("lead") || m.has("timeline") || m.has("deliverable") || m.has("status")),
  recordSchema: z.object({
    row: z.number().int().positive(),
    activity: z.string(),
    lead: z.string(),
    partners: z.string(),
    reference: z.object({ kind: z.enum(["blank", "refs", "unreadable", "error"]) }).passthrough(),
    timeline: z.object({ kind: z.enum(["blank", "period", "unreadable", "error"]) }).passthrough(),
    startDate: z.object({ kind: z.enum(["blank", "date", "unreadable", "error"]) }).passthrough(),
    endDate: z.object({ kind: z.enum(["blank", "date", "unreadable", "error"]) }).passthrough(),
    deliverable: z.string(),
    target: z.object({ min: z.number().optional(), max: z.number().optional(), comparator: z.string(), unit: z.string() }).optional(),
    achieved: z.number().optional(),
    status: z.string(),
    done: z.boolean(),
    budget: z.object({ kind: z.enum(["blank", "amount", "error", "text"]) }).passthrough(),
  }) as unknown as z.ZodType<ActivityRecord>,
  read({ table, sheet, settings }) {
    // Hot path (100,000-row tables): one row array per row, column offsets computed once, shared
    // objects for blanks, memoised parsers behind every reader.
    const c = table.columns, o = sheet.firstColumn;
    const at = (col: number | undefined) => (col === undefined ? -1 : col - o);
    const iActivity = at(c.activity), iLead = at(c.lead), iPartners = at(c.partners), iRef = at(c.reference), iTimeline = at(c.timeline);
    const iDeliverable = at(c.deliverable), iStatus = at(c.status), iTarget = at(c.target), iAchieved = at(c.achieved);
    const iStart = at(c.start), iEnd = at(c.end), iBudget = at(c.budget);
    const out: ActivityRecord[] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const row = sheet.rowCells(r);
      const cell = (i: number): RawCell => (i < 0 ? null : row[i] ?? null);
      const activity = readText(cell(iActivity));
      const lead = readText(cell(iLead));
      const deliverable = readText(cell(iDeliverable));
      const status = readText(cell(iStatus));
      const targetText = readText(cell(iTarget));
      const target = targetText !== "" ? parseTarget(/^\d+$/.test(targetText) ? `${targetText} ${deliverable}` : targetText) : deliverable !== "" ? targetOf(deliverable) : undefined;
      const achievedRaw = cell(iAchieved);
      const startDate = iStart < 0 ? BLANK : readDate(cell(iStart));
      const endDate = iEnd < 0 ? BLANK : readDate(cell(iEnd));
      const written = readPeriod(cell(iTimeline), settings);
      const rec: ActivityRecord = {
        row: r,
        activity,
        lead,
        partners: readText(cell(iPartners)),
        reference: iRef < 0 ? BLANK : readRefs(cell(iRef)),
        // The written timeline wins; Start/End dates stand in when it is blank.
        timeline: written.kind === "blank" ? periodFromDates(startDate, endDate) : written,
        startDate,
        endDate,
        deliverable,
        target: target?.ok ? target.value : undefined,
        achieved: typeof achievedRaw === "number" ? achievedRaw : undefined,
        status,
        done: status !== "" && isDoneStatus(status),
        budget: iBudget < 0 ? BLANK : readMoney(cell(iBudget)),
      };
      if (isEmptyRecord(rec)) continue;
      out.push(rec);
    }
    return out;
  },
};

const BLANK = { kind: "blank" } as const;

function isEmptyRecord(r: ActivityRecord): boolean {
  return r.activity === "" && r.lead === "" && r.partners === "" && r.deliverable === "" && r.status === "" &&
    r.timeline.kind === "blank" && r.reference.kind === "blank" && r.budget.kind === "blank" && r.startDate.kind === "blank" && r.endDate.kind === "blank";
}
