import { z } from "zod";

/** zod shapes of the cell readers' values, shared by the kinds' record schemas. */
export const moneyCellSchema = z.union([
  z.object({ kind: z.literal("blank") }),
  z.object({ kind: z.literal("amount"), minor: z.number().int(), currency: z.string().optional(), fromText: z.boolean(), text: z.string().optional() }),
  z.object({ kind: z.literal("error"), text: z.string() }),
  z.object({ kind: z.literal("text"), text: z.string(), reason: z.string() }),
]);

export const dateReadSchema = z.union([
  z.object({ kind: z.literal("blank") }),
  z.object({ kind: z.literal("date"), iso: z.string() }),
  z.object({ kind: z.literal("unreadable"), text: z.string(), reason: z.string() }),
  z.object({ kind: z.literal("error"), text: z.string() }),
]);
