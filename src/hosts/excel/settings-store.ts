import { type Settings, SettingsSchema } from "../../core";
import { readJson, saveBag, type SettingsBag } from "./document-settings";

/** Document-settings key of the user's settings (JSON), saved in the file so they travel with it. */
export const SETTINGS_KEY = "workplanCheck.settings";

/** The saved settings; {} when none were saved or what was saved no longer fits the schema. */
export function loadSettings(bag: SettingsBag): Settings {
  const parsed = SettingsSchema.safeParse(readJson(bag, SETTINGS_KEY) ?? {});
  return parsed.success ? parsed.data : {};
}

/** Validates, stores and saves the settings into the document. Throws on invalid settings or a failed save. */
export async function saveSettings(bag: SettingsBag, settings: Settings): Promise<void> {
  const valid = SettingsSchema.parse(settings);
  bag.set(SETTINGS_KEY, JSON.stringify(valid));
  await saveBag(bag);
}
