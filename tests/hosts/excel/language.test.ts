/**
 * The task pane's language: Office's display language (Office.context.displayLanguage) unless the user picked one,
 * stored in the pane's own storage (per user, never in the workbook); Office errors explained in that language.
 */
import { ExcelBridge, type Run } from "../../../src/hosts/excel/excel-bridge";
import { LANG_KEY, SETTINGS_KEY, type UserStore } from "../../../src/hosts/excel/settings-store";
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { exampleSpecs, FakeExcel, FakeSettings } from "./fake-excel";

class MemoryStore implements UserStore {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

/** `store` null: a browser that gives the pane no storage. */
function bridge(displayLanguage: string, store: UserStore | null = new MemoryStore(), run?: Run, bag = new FakeSettings()) {
  const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
  return new ExcelBridge({ run: run ?? ((batch) => batch(excel.context)), settings: () => bag, today: () => "2026-03-01", documentName: () => "x.xlsx", mergedAreas: () => true, displayLanguage: () => displayLanguage, userStore: () => store ?? undefined });
}

describe("ExcelBridge: the user's language", () => {
  test("Office's language decides until the user picks one: fr-CA → French, de-DE → English", async () => {
    await expect(bridge("fr-CA").loadLanguage()).resolves.toEqual({ hostLocale: "fr-CA", chosen: null });
    await expect(bridge("de-DE").loadLanguage()).resolves.toEqual({ hostLocale: "de-DE", chosen: null });
  });

  test("the user's choice is stored in the pane's storage, not in the workbook, and wins next time", async () => {
    const store = new MemoryStore();
    const bag = new FakeSettings();
    await bridge("fr-FR", store, undefined, bag).saveLanguage("es");
    expect(store.items.get(LANG_KEY)).toBe("es");
    expect(bag.get(SETTINGS_KEY)).toBeNull();
    await expect(bridge("fr-FR", store).loadLanguage()).resolves.toEqual({ hostLocale: "fr-FR", chosen: "es" });
    await bridge("fr-FR", store).saveLanguage(null);
    expect(store.items.has(LANG_KEY)).toBe(false);
  });

  test("a damaged or foreign stored value reads as automatic; blocked storage reads as automatic and refuses to save", async () => {
    const store = new MemoryStore();
    store.setItem(LANG_KEY, "de");
    await expect(bridge("es-MX", store).loadLanguage()).resolves.toEqual({ hostLocale: "es-MX", chosen: null });
    const blocked: UserStore = { getItem: () => { throw new Error("SecurityError"); }, setItem: () => { throw new Error("SecurityError"); }, removeItem: () => undefined };
    await expect(bridge("fr-FR", blocked).loadLanguage()).resolves.toEqual({ hostLocale: "fr-FR", chosen: null });
    await expect(bridge("fr-FR", blocked).saveLanguage("fr")).rejects.toThrow(/SecurityError/);
    await expect(bridge("fr-FR", null).saveLanguage("fr")).rejects.toThrow(/no local storage/);
  });

  test("Office errors are explained in the panel's language", async () => {
    const editing: Run = () => Promise.reject(Object.assign(new Error("dev text"), { code: "InvalidOperationInCellEditMode" }));
    const fr = bridge("fr-FR", new MemoryStore(), editing);
    await fr.loadLanguage();
    await expect(fr.clearHighlights()).rejects.toThrow(/^Excel attend la fin de la saisie dans une cellule/);
    const es = bridge("fr-FR", new MemoryStore(), editing);
    await es.saveLanguage("es");
    await expect(es.clearHighlights()).rejects.toThrow(/^Excel espera a que termine de editar una celda/);
    // Without a language (a host that never asked): English, as before.
    await expect(bridge("fr-FR", new MemoryStore(), editing).clearHighlights()).rejects.toThrow(/^Excel is waiting for you to finish editing a cell/);
  });

  test("settings saved from the pane never carry the language into the workbook", async () => {
    const bag = new FakeSettings();
    await bridge("fr-FR", new MemoryStore(), undefined, bag).saveSettings({ asOf: "2026-03-01", lang: "fr", grouping: "space" });
    expect(JSON.parse(String(bag.get(SETTINGS_KEY)))).toEqual({ asOf: "2026-03-01", grouping: "space" });
  });
});
