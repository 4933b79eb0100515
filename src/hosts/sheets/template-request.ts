import { parseLang } from "../../core/i18n";
import { buildTemplate, isPrefillName, isTemplateKind, PREFILLS, prefillsOf, TEMPLATE_KINDS } from "../../core/templates";
import type { TemplateSheet } from "../../core/templates";

/**
 * The template the sidebar asked for. Arguments come from google.script.run, so they are checked
 * here (any JSON may arrive) and refused with a message a user can act on. `lang` ("fr", "es-ES"…) picks
 * the template's language; anything else gives English.
 */
export function requestedTemplate(kind: unknown, prefill: unknown, today: string, lang?: unknown): TemplateSheet {
  const language = parseLang(typeof lang === "string" ? lang : undefined) ?? "en";
  if (typeof kind !== "string" || !isTemplateKind(kind)) {
    throw new Error(`Unknown template "${String(kind)}". Choose one of: ${TEMPLATE_KINDS.map((k) => k.kind).join(", ")}.`);
  }
  // The sidebar sends no prefill (or an empty choice) for a blank template.
  if (prefill === undefined || prefill === null || prefill === "") return buildTemplate(kind, undefined, { today, lang: language });
  const offered = prefillsOf(kind);
  if (typeof prefill !== "string" || !isPrefillName(prefill)) {
    throw new Error(`Unknown pre-fill "${String(prefill)}" for the ${kind} template. ${choices(offered)}`);
  }
  if (PREFILLS[prefill].kind !== kind) {
    throw new Error(`The pre-fill "${prefill}" is for the ${PREFILLS[prefill].kind} template, not ${kind}. ${choices(offered)}`);
  }
  return buildTemplate(kind, prefill, { today, lang: language });
}

const choices = (names: readonly string[]): string =>
  names.length === 0 ? "This template has no pre-fills: leave it blank." : `Choose one of: ${names.join(", ")}, or none.`;
