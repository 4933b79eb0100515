import type { TemplateKind } from "../core/templates";
import type { HostBridge } from "./bridge";
import { el, replaceChildren } from "./dom";
import { initialState, PanelAction, PanelState, reducePanel, Busy } from "./panel-state";
import { clearStatus, failureText, highlightStatus, importedStatus, insertedStatus, OPERATION_NAME, rollupsStatus, SAVED_STATUS, validatedStatus } from "./panel-text";
import { renderBudget } from "./render-budget";
import { renderExecution } from "./render-execution";
import { renderFunding } from "./render-funding";
import { createInsertTemplate } from "./render-insert";
import { createImportText } from "./render-import";
import { renderIssues } from "./render-issues";
import { createSettings } from "./render-settings";
import { createBanner, createProgress } from "./render-status";
import { createSummary } from "./render-summary";
import { renderTimeline, revealFirstBars } from "./render-timeline";
import { createViews } from "./render-views";
import { PanelViewSchema, type PanelView } from "./panel-view";
import { formToSettings } from "./settings-form";
import { injectStyles } from "./styles";

let mounted = 0;

function section(title: string, content: HTMLElement, id: string): HTMLElement {
  return el("section", { class: "wpc-section", "aria-labelledby": id }, [el("h2", { class: "wpc-section-title", id }, [title]), content]);
}

/**
 * Builds the Workplan Check panel inside `root` and wires it to a host. The Excel task pane and the
 * Sheets sidebar each call this with their own bridge; everything host-specific stays behind it.
 */
export function mountPanel(root: HTMLElement, bridge: HostBridge): void {
  const doc = root.ownerDocument;
  injectStyles(doc);
  const n = ++mounted;
  root.classList.add("wpc-panel");

  let state: PanelState = initialState();
  const dispatch = (action: PanelAction): void => {
    const prev = state;
    state = reducePanel(state, action);
    if (state !== prev) update(prev, state);
  };

  // --- Static shell, built once so focus and <details> state survive updates.
  const validateButton = el("button", { class: "wpc-btn wpc-btn-primary wpc-btn-block", type: "button", "data-action": "validate" }, ["Validate"]);
  const progress = createProgress();
  const banner = createBanner(() => dispatch({ type: "dismiss-error" }));
  const summary = createSummary((severity) => dispatch({ type: "toggle-severity", severity }));
  const action = (label: string, name: string) => el("button", { class: "wpc-btn", type: "button", "data-action": name }, [label]);
  const highlightButton = action("Highlight issues", "highlight");
  const clearButton = action("Clear highlights", "clear");
  const rollupsButton = action("Write rollups", "rollups");
  const status = el("p", { class: "wpc-status", role: "status", "aria-live": "polite" });
  const issues = el("div", { class: "wpc-issues", "data-region": "issues" });
  const budgets = el("div", { class: "wpc-section", "data-region": "budget" });
  const timelines = el("div", { class: "wpc-section", "data-region": "timeline" });
  const fundings = el("div", { class: "wpc-section", "data-region": "funding" });
  const settings = createSettings(() => onSave());
  const insertTemplate = createInsertTemplate((kind, prefill) => onInsert(kind, prefill));
  // Checked at run time: a bridge object that leaves the method out (a reduced host) gets no form.
  insertTemplate.root.hidden = typeof bridge.insertTemplate !== "function";
  const importText = createImportText((text) => onImport(text));
  importText.root.hidden = typeof bridge.insertImport !== "function";
  const issuesSection = section("Issues", issues, `wpc-issues-title-${n}`);
  const budgetSection = section("Budget", budgets, `wpc-budget-title-${n}`);
  const timelineSection = section("Timeline and deliverables", timelines, `wpc-timeline-title-${n}`);
  const views = createViews((sheet, cell) => selectCell(sheet, cell), bridge.hostName, n);
  const fundingSection = section("Funding and execution", fundings, `wpc-funding-title-${n}`);
  const results = el("div", { class: "wpc-body", "aria-busy": "false" }, [
    banner.root,
    summary.root,
    el("div", { class: "wpc-actions", role: "group", "aria-label": "Sheet actions" }, [highlightButton, clearButton, rollupsButton]),
    status,
    issuesSection,
    budgetSection,
    fundingSection,
    timelineSection,
    ...views.sections,
    insertTemplate.root,
    importText.root,
    settings.root,
  ]);
  replaceChildren(root, [
    el("header", { class: "wpc-header" }, [el("h1", { class: "wpc-title" }, ["Workplan Check"]), el("span", { class: "wpc-host" }, [bridge.hostName])]),
    el("div", { class: "wpc-commandbar" }, [validateButton, progress.root]),
    results,
  ]);
  if (!root.hasAttribute("role")) root.setAttribute("role", "region");
  if (!root.hasAttribute("aria-label")) root.setAttribute("aria-label", "Workplan Check");

  const selectCell = (sheet: string, cell: string): void => {
    bridge.selectCell(sheet, cell).catch((e: unknown) => dispatch({ type: "failed", error: failureText("select", e) }));
  };

  /** Redraws what changed between two states (everything when `all`). */
  function update(prev: PanelState, s: PanelState, all = false): void {
    const changed = (k: keyof PanelState): boolean => all || prev[k] !== s[k];
    const busy = s.busy !== null;
    validateButton.disabled = busy;
    highlightButton.disabled = busy || s.report === null || s.report.issues.length === 0;
    clearButton.disabled = busy;
    rollupsButton.disabled = busy || s.report === null;
    settings.setDisabled(busy);
    insertTemplate.setDisabled(busy);
    views.setDisabled(busy);
    importText.setDisabled(busy);
    results.setAttribute("aria-busy", String(s.busy === "validate"));
    if (changed("busy") || changed("progress")) progress.update(s.busy, s.progress);
    if (changed("error")) banner.update(s.error);
    if (changed("status")) status.textContent = s.status;
    if (changed("report") || changed("shown")) {
      summary.update(s.report, s.shown);
      replaceChildren(issues, renderIssues(s.report, s.shown, selectCell));
      issuesSection.hidden = s.report === null;
    }
    if (changed("report")) {
      const r = s.report?.rollups;
      replaceChildren(budgets, r ? r.budget.map((b, i) => renderBudget(b, i)) : []);
      replaceChildren(timelines, r ? r.timeline.map((t, i) => renderTimeline(t, r.deliverables, i, selectCell, s.report?.omitted)) : []);
      budgetSection.hidden = !r || r.budget.length === 0;
      replaceChildren(fundings, r ? [...r.funding.map((f, i) => renderFunding(f, i)), ...r.execution.map((e, i) => renderExecution(e, i))] : []);
      fundingSection.hidden = !r || r.funding.length + r.execution.length === 0;
      timelineSection.hidden = !r || r.timeline.length === 0;
      revealFirstBars(timelines);
    }
    if (changed("report") || changed("settings")) views.update(s.report, s.settings);
    if (changed("settings")) settings.fill(s.settings);
  }

  /** Runs one bridge call: buttons off meanwhile, result or error into the state, focus kept. */
  async function run<T>(busy: Busy, call: () => Promise<T>, done: (value: T) => PanelAction): Promise<void> {
    if (state.busy !== null) return;
    const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    dispatch({ type: "start", busy });
    try {
      dispatch(done(await call()));
    } catch (e) {
      dispatch({ type: "failed", error: failureText(busy, e) });
    } finally {
      // A disabled button drops focus to <body>; give it back so keyboard users keep their place.
      if (focused && focused.isConnected && (doc.activeElement === null || doc.activeElement === doc.body)) focused.focus();
    }
  }

  /** The form's settings, or null (errors shown) when the form does not parse. */
  function currentSettings() {
    const parsed = formToSettings(settings.read(), state.settings);
    settings.showErrors(parsed.ok ? [] : parsed.errors);
    return parsed.ok ? parsed.value : null;
  }

  function onValidate(): void {
    const current = currentSettings();
    if (current === null) {
      dispatch({ type: "failed", error: `${OPERATION_NAME.validate} did not start: fix the settings first.` });
      return;
    }
    void run("validate", async () => {
      const raw = await bridge.validate(current, (done, total, label) => dispatch({ type: "progress", done, total, label }));
      // The report crossed a host boundary (google.script.run, another bundle): check it before drawing it.
      const parsed = PanelViewSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`the host returned a report the panel cannot read (${parsed.error.issues[0]?.path.join(".") || "shape"}).`);
      return parsed.data as PanelView;
    }, (report) => ({ type: "validated", report, status: validatedStatus(report) }));
  }

  function onSave(): void {
    const current = currentSettings();
    if (current === null) return;
    void run("save", () => bridge.saveSettings(current).then(() => current), (saved) => ({ type: "settings-saved", settings: saved, status: SAVED_STATUS }));
  }

  function onInsert(kind: TemplateKind, prefill: string | undefined): void {
    const insert = bridge.insertTemplate?.bind(bridge);
    if (!insert) return;
    void run("insert", () => (prefill === undefined ? insert(kind) : insert(kind, prefill)), (r) => ({ type: "finished", status: insertedStatus(r.sheet) }));
  }

  function onImport(text: string): void {
    const insert = bridge.insertImport?.bind(bridge);
    if (!insert) return;
    void run("insert", () => insert(text), (r) => {
      importText.reset();
      return { type: "finished", status: importedStatus(r.sheet, r.rows) };
    });
  }

  validateButton.addEventListener("click", onValidate);
  highlightButton.addEventListener("click", () => {
    const report = state.report;
    if (report) void run("highlight", () => bridge.highlight(report), (r) => ({ type: "finished", status: highlightStatus(r.cells, r.protectedSheets) }));
  });
  clearButton.addEventListener("click", () => void run("clear", () => bridge.clearHighlights(), (r) => ({ type: "finished", status: clearStatus(r.cells, r.protectedSheets) })));
  rollupsButton.addEventListener("click", () => {
    const report = state.report;
    if (report) void run("rollups", () => bridge.writeRollups(report), (r) => ({ type: "finished", status: rollupsStatus(r.sheet) }));
  });

  update(state, state, true);
  bridge.loadSettings().then(
    (loaded) => dispatch({ type: "settings-loaded", settings: loaded ?? {} }),
    (e: unknown) => dispatch({ type: "failed", error: failureText("load", e) }),
  );
}
