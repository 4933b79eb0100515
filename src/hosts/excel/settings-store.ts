import { type Settings, SettingsSchema } from "../../core";
import type { Lang } from "../../core/i18n";
import { storedLang } from "../../panel/i18n/choose-lang";
import { readJson, saveBag, type SettingsBag } from "./document-settings";

/** Document-settings key of the user's settings (JSON), saved in the file so they travel with it. */
export const SETTINGS_KEY = "workplanCheck.settings";

/** The saved settings; {} when none were saved or what was saved no longer fits the schema. */
export function loadSettings(bag: SettingsBag): Settings {
  const parsed = SettingsSchema.safeParse(readJson(bag, SETTINGS_KEY) ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Validates, stores and saves the settings into the document. Throws on invalid settings or a failed save.
 * The language is left out: it is each user's own (loadLang/saveLang), not the workbook's.
 */
export async function saveSettings(bag: SettingsBag, settings: Settings): Promise<void> {
  const { lang: _lang, ...valid } = SettingsSchema.parse(settings);
  bag.set(SETTINGS_KEY, JSON.stringify(valid));
  await saveBag(bag);
}

/**
 * Where the user's own preferences live: the task pane's localStorage (a browser runtime has it; a shared runtime
 * keeps the pane's). It is this user's on this machine, never the document's, so each reader of a workbook keeps
 * their language. A store that cannot be reached (storage blocked by policy) reads as "no choice".
 */
export interface UserStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Key of the user's panel language ("en", "fr", "es"); absent: the language of Office. */
export const LANG_KEY = "workplanCheck.lang";

export function loadLang(store: UserStore | undefined): Lang | null {
  try {
    return storedLang(store?.getItem(LANG_KEY));
  } catch {
    return null;
  }
}

/** Stores the choice (null: back to Office's language). Throws when the store refuses (the panel says so). */
export function saveLang(store: UserStore | undefined, lang: Lang | null): void {
  if (!store) throw new Error("this browser keeps no local storage for the add-in");
  if (lang === null) store.removeItem(LANG_KEY);
  else store.setItem(LANG_KEY, lang);
}
