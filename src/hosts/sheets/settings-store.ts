import { z } from "zod";
import { SettingsSchema, type Settings } from "../../core";
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

/** Checks the settings (they come from the sidebar) before storing them. */
export function saveSettings(props: GasProperties, settings: unknown): Settings {
  const parsed = SettingsSchema.safeParse(settings ?? {});
  if (!parsed.success) throw new Error(`Settings not saved: ${z.prettifyError(parsed.error)}`);
  props.setProperties({ [SETTINGS_KEY]: JSON.stringify(parsed.data) });
  return parsed.data;
}
