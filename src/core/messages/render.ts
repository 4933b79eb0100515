import { ENGLISH, type Format } from "../i18n/format";
import type { Params } from "../issues";
import type { MessageText } from "./catalog";

/** A code's message from a catalogue; an unknown code reads as itself (never a blank, never a throw). */
export function renderWith(catalog: { readonly [code: string]: MessageText }, code: string, params: Params, f: Format = ENGLISH): string {
  const text = Object.prototype.hasOwnProperty.call(catalog, code) ? catalog[code] : undefined;
  return text ? text(params, f) : code;
}
