import { z } from "zod";
import { SettingsSchema, type Settings } from "../../core";
import { type Lang, LANGS } from "../../core/i18n";
import { panelText } from "../../panel/i18n";
import { storedLang } from "../../panel/i18n/choose-lang";
import type { GasProperties } from "./services";

/** Settings live in the document's properties, so everyone editing the sheet shares them. */
export const SETTINGS_KEY = "workplanCheck.settings";

export function loadSettings(props: GasProperties): Settings {
  const raw = props.getProperty(SETTINGS_KEY);
  if (!raw) return {};
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // damaged JSON: fall back to defaults rather than block validation
  }
}

/**
 * Checks the settings (they come from the sidebar) before storing them; the refusal in the user's language. The
 * language is left out: it is each user's own (loadUserLang), not the document's.
 */
export function saveSettings(props: GasProperties, settings: unknown, lang: Lang = "en"): Settings {
  const parsed = SettingsSchema.safeParse(settings ?? {});
  if (!parsed.success) throw new Error(panelText(lang).host.settingsRefused(z.prettifyError(parsed.error)));
  const { lang: _lang, ...kept } = parsed.data;
  props.setProperties({ [SETTINGS_KEY]: JSON.stringify(kept) });
  return kept;
}

/**
 * The user's panel language lives in the user's properties (PropertiesService.getUserProperties()): each person
 * editing a shared spreadsheet keeps their own; "en", "fr" or "es", far under the 9 KB a property may hold.
 */
export const LANG_KEY = "workplanCheck.lang";

export function loadUserLang(userProps: GasProperties): Lang | null {
  return storedLang(userProps.getProperty(LANG_KEY));
}

/** Stores the user's choice; null deletes it (back to the Google account's language). Refuses anything else. */
export function saveUserLang(userProps: GasProperties, lang: unknown): Lang | null {
  if (lang === null || lang === undefined) {
    userProps.deleteProperty(LANG_KEY);
    return null;
  }
  const checked = storedLang(lang);
  if (checked === null) throw new Error(`Language not saved: expected one of ${LANGS.join(", ")}, got ${JSON.stringify(lang)}.`);
  userProps.setProperties({ [LANG_KEY]: checked });
  return checked;
}
