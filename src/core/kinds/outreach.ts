import { z } from "zod";
import { DateRead, readDate, readText } from "../read/cell-readers";
import { normaliseLabel } from "../text";
import type { TableKind } from "./kind";

/** The follow-up log's stages, in order ("Contacted; Meeting held; Next Step Agreed"). */
export const OUTREACH_STAGES = ["Contacted", "Meeting held", "Next step agreed"] as const;
export type OutreachStage = (typeof OUTREACH_STAGES)[number];

/** A Map, not an object literal: "Constructor" or "__proto__" in a Stage cell is an unknown stage, not Object's own. */
const STAGE_WORDS = new Map<string, OutreachStage>(Object.entries({
  contacted: "Contacted", contact: "Contacted", "contact made": "Contacted", contacte: "Contacted", contactee: "Contacted", contactado: "Contacted", contactada: "Contacted",
  "meeting held": "Meeting held", met: "Meeting held", meeting: "Meeting held", "reunion tenue": "Meeting held", "reunion": "Meeting held", "reunion celebrada": "Meeting held", "reunion realizada": "Meeting held",
  "next step agreed": "Next step agreed", "next steps agreed": "Next step agreed", "prochaine etape convenue": "Next step agreed", "prochaines etapes convenues": "Next step agreed", "proximo paso acordado": "Next step agreed", "proximos pasos acordados": "Next step agreed",
} satisfies Record<string, OutreachStage>));

export function outreachStage(text: string): OutreachStage | undefined {
  return STAGE_WORDS.get(normaliseLabel(text));
}

export interface OutreachRecord {
  readonly row: number;
  readonly state: string;
  readonly date: DateRead;
  readonly stageText: string;
  readonly stage?: OutreachStage;
  readonly lead: string;
}

export const outreachKind: TableKind<OutreachRecord> = {
  name: "outreach",
  title: "Outreach log",
  fields: [
    { name: "state", title: "State", required: true, aliases: ["state", "states", "country", "countries", "target state", "target states", "state not party", "signatory", "etat", "etats", "pays", "pais", "estado", "estados", "estado objetivo"] },
    { name: "date", title: "Date", aliases: ["date", "meeting date", "date of contact", "contact date", "when", "date de contact", "date de la reunion", "fecha", "fecha de contacto"] },
    { name: "stage", title: "Stage", aliases: ["stage", "step", "status", "follow up", "follow up stage", "etape", "statut", "suivi", "etapa", "fase", "seguimiento"] },
    { name: "lead", title: "Lead", aliases: ["lead", "responsible", "by", "contact person", "lead outreach", "responsable", "encargado"] },
    { name: "notes", title: "Notes", aliases: ["notes", "note", "comments", "remarks", "commentaires", "notas", "comentarios"] },
  ],
  identify: (m) => m.has("state") && (m.has("stage") || m.has("date")),
  recordSchema: z.object({
    row: z.number().int().positive(),
    state: z.string(),
    date: z.object({ kind: z.enum(["blank", "date", "unreadable", "error"]) }).passthrough(),
    stageText: z.string(),
    stage: z.enum(OUTREACH_STAGES).optional(),
    lead: z.string(),
  }) as unknown as z.ZodType<OutreachRecord>,
  read({ table, sheet }) {
    const c = table.columns;
    const out: OutreachRecord[] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const state = readText(sheet.cell(r, c.state));
      const date = c.date ? readDate(sheet.cell(r, c.date)) : ({ kind: "blank" } as const);
      const stageText = c.stage ? readText(sheet.cell(r, c.stage)) : "";
      const lead = c.lead ? readText(sheet.cell(r, c.lead)) : "";
      if (state === "" && date.kind === "blank" && stageText === "" && lead === "") continue;
      out.push({ row: r, state, date, stageText, stage: stageText ? outreachStage(stageText) : undefined, lead });
    }
    return out;
  },
};
