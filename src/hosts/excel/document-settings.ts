/**
 * The part of Office.context.document.settings the add-in uses. The settings are saved inside the file,
 * so what is stored here travels with the workbook. Tests pass a plain fake.
 */
export interface SettingsBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export const documentSettings = (): SettingsBag => Office.context.document.settings as unknown as SettingsBag;

/** saveAsync as a promise: settings are only written into the document when this succeeds. */
export function saveBag(bag: SettingsBag): Promise<void> {
  return new Promise((resolve, reject) =>
    bag.saveAsync((result) => {
      if (String(result.status) === "failed") reject(new Error(`Could not save the add-in's settings in the document: ${result.error?.message ?? "unknown error"}`));
      else resolve();
    }),
  );
}

/** A JSON value stored under a key, or undefined when absent or not JSON. */
export function readJson(bag: SettingsBag, key: string): unknown {
  const raw = bag.get(key);
  if (typeof raw !== "string") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
