import { initialState, isDeterminate, langOf, localeOfState, PanelState, reducePanel } from "../../src/panel/panel-state";
import { localeOf } from "../../src/panel/i18n";
import { report } from "./report-fixture";

const running = (): PanelState => reducePanel(initialState(), { type: "start", busy: "validate" });

describe("reducePanel", () => {
  test("start marks the panel busy and clears the last status", () => {
    const s = reducePanel({ ...initialState(), status: () => "Settings saved." }, { type: "start", busy: "highlight" });
    expect(s.busy).toBe("highlight");
    expect(s.status).toBeNull();
    expect(s.progress).toBeNull();
  });

  test("a second start while busy is ignored (one run at a time)", () => {
    const s = running();
    expect(reducePanel(s, { type: "start", busy: "rollups" })).toBe(s);
  });

  test("progress is kept only while validating, and clamped", () => {
    expect(reducePanel(initialState(), { type: "progress", done: 1, total: 3, label: "x" }).progress).toBeNull();
    expect(running().busy).toBe("validate");
    const s = reducePanel(running(), { type: "progress", done: 5, total: 3, label: "Reading" });
    expect(s.progress).toEqual({ done: 3, total: 3, label: "Reading" });
    expect(isDeterminate(s.progress)).toBe(true);
  });

  test("progress without a usable total is indeterminate but keeps its label", () => {
    const s = reducePanel(running(), { type: "progress", done: 1, total: 0, label: "Reading sheets" });
    expect(isDeterminate(s.progress)).toBe(false);
    expect(s.progress?.label).toBe("Reading sheets");
    expect(reducePanel(running(), { type: "progress", done: NaN, total: NaN, label: "" }).progress).toBeNull();
  });

  test("validated stores the report, ends the run and clears a previous error", () => {
    const r = report([]);
    const checked = () => "Checked";
    const s = reducePanel({ ...running(), error: () => "old" }, { type: "validated", report: r, status: checked });
    expect(s).toMatchObject({ busy: null, progress: null, report: r, error: null, status: checked });
  });

  test("a late progress callback after the run ended changes nothing", () => {
    const done = reducePanel(running(), { type: "validated", report: report([]), status: () => "" });
    expect(reducePanel(done, { type: "progress", done: 1, total: 2, label: "" })).toBe(done);
  });

  test("failed ends the run, keeps the last report and shows the error", () => {
    const r = report([]);
    const withReport = { ...initialState(), report: r };
    const s = reducePanel(reducePanel(withReport, { type: "start", busy: "rollups" }), { type: "failed", error: () => "Writing rollups failed: locked" });
    expect(s).toMatchObject({ busy: null, report: r });
    expect(s.error?.(localeOf("en"))).toBe("Writing rollups failed: locked");
    expect(reducePanel(s, { type: "dismiss-error" }).error).toBeNull();
  });

  test("dismissing when there is no error returns the same state", () => {
    const s = initialState();
    expect(reducePanel(s, { type: "dismiss-error" })).toBe(s);
  });

  test("settings loaded and saved", () => {
    const loaded = reducePanel(initialState(), { type: "settings-loaded", settings: { asOf: "2026-02-01" } });
    expect(loaded).toMatchObject({ settings: { asOf: "2026-02-01" }, settingsLoaded: true, busy: null });
    const saving = reducePanel(loaded, { type: "start", busy: "save" });
    const saved = reducePanel(saving, { type: "settings-saved", settings: { asOf: "2026-03-01", grouping: "space" }, status: (l) => l.text.status.saved });
    expect(saved).toMatchObject({ busy: null, settings: { asOf: "2026-03-01" }, grouping: "space" });
    expect(saved.status?.(localeOf("fr"))).toBe("Paramètres enregistrés.");
  });

  test("toggle-severity flips one filter and leaves the others", () => {
    const s = reducePanel(initialState(), { type: "toggle-severity", severity: "warning" });
    expect(s.shown).toEqual({ error: true, warning: false, info: true });
    expect(reducePanel(s, { type: "toggle-severity", severity: "warning" }).shown).toEqual({ error: true, warning: true, info: true });
  });

  test("the reducer never mutates the state it is given", () => {
    const s = Object.freeze({ ...initialState(), shown: Object.freeze({ error: true, warning: true, info: true }) });
    expect(() => reducePanel(s, { type: "toggle-severity", severity: "error" })).not.toThrow();
    expect(s.shown.error).toBe(true);
  });

  test("the language: the host's until the user picks one; the locale follows it and the grouping", () => {
    const s = initialState("fr");
    expect(langOf(s.language)).toBe("fr");
    const es = reducePanel(s, { type: "language", language: { host: "fr", choice: "es" } });
    expect(langOf(es.language)).toBe("es");
    expect(reducePanel(es, { type: "language", language: { host: "fr", choice: "es" } })).toBe(es);
    expect(langOf(reducePanel(es, { type: "language", language: { host: "fr", choice: "auto" } }).language)).toBe("fr");
    const dotted = reducePanel(es, { type: "grouping", grouping: "dot" });
    expect(localeOfState(dotted).format.money(51475300, "CHF")).toBe("CHF 514.753");
    expect(localeOfState(dotted).lang).toBe("es");
  });
});
