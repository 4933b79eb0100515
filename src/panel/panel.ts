import { type Lang, LANG_NAMES } from "../core/i18n";
import type { TemplateKind } from "../core/templates";
import type { HostBridge } from "./bridge";
import { Child, el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";
import { hostLang, type LangChoice } from "./i18n/choose-lang";
import { Busy, initialState, langOf, localeOfState, PanelAction, PanelState, reducePanel, type Words } from "./panel-state";
import { failureText, type OperationName, validatedStatus } from "./panel-text";
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
import { formToSettings, settingsToForm } from "./settings-form";
import { injectStyles } from "./styles";

let mounted = 0;

function section(title: string, content: HTMLElement, id: string): HTMLElement {
  return el("section", { class: "wpc-section", "aria-labelledby": id }, [el("h2", { class: "wpc-section-title", id }, [title]), content]);
}

export interface MountOptions {
  /** The language to draw in until the bridge's loadLanguage answers (a host that knows it at once). */
  readonly lang?: Lang;
}

/** What the shell calls back into: the panel's actions. */
interface Handlers {
  validate(): void;
  highlight(): void;
  clear(): void;
  rollups(): void;
  save(): void;
  insert(kind: TemplateKind, prefill: string | undefined): void;
  importText(text: string): void;
  select(sheet: string, cell: string): void;
  toggle(severity: "error" | "warning" | "info"): void;
  dismiss(): void;
  language(choice: LangChoice): void;
  grouping(grouping: NonNullable<PanelState["grouping"]>): void;
}

/** The panel's DOM in one language: built once per language, then updated in place. */
interface Shell {
  readonly nodes: readonly Child[];
  readonly settings: ReturnType<typeof createSettings>;
  readonly importText: ReturnType<typeof createImportText>;
  update(prev: PanelState, s: PanelState, all?: boolean): void;
}

function buildShell(loc: Locale, state: PanelState, bridge: HostBridge, on: Handlers): Shell {
  const n = ++mounted;
  const w = loc.text;
  const validateButton = el("button", { class: "wpc-btn wpc-btn-primary wpc-btn-block", type: "button", "data-action": "validate" }, [w.actions.validate]);
  const progress = createProgress(loc);
  const banner = createBanner(loc, on.dismiss);
  const summary = createSummary(loc, on.toggle);
  const action = (label: string, name: string) => el("button", { class: "wpc-btn", type: "button", "data-action": name }, [label]);
  const highlightButton = action(w.actions.highlight, "highlight");
  const clearButton = action(w.actions.clear, "clear");
  const rollupsButton = action(w.actions.rollups, "rollups");
  const status = el("p", { class: "wpc-status", role: "status", "aria-live": "polite" });
  const issues = el("div", { class: "wpc-issues", "data-region": "issues" });
  const budgets = el("div", { class: "wpc-section", "data-region": "budget" });
  const timelines = el("div", { class: "wpc-section", "data-region": "timeline" });
  const fundings = el("div", { class: "wpc-section", "data-region": "funding" });
  const settings = createSettings(loc, state.language.host, { save: on.save, language: on.language, grouping: on.grouping });
  const insertTemplate = createInsertTemplate(loc, on.insert);
  // Checked at run time: a bridge object that leaves the method out (a reduced host) gets no form.
  insertTemplate.root.hidden = typeof bridge.insertTemplate !== "function";
  const importText = createImportText(loc, on.importText);
  importText.root.hidden = typeof bridge.insertImport !== "function";
  const issuesSection = section(w.sections.issues, issues, `wpc-issues-title-${n}`);
  const budgetSection = section(loc.terms.kind.budget, budgets, `wpc-budget-title-${n}`);
  const timelineSection = section(w.sections.timeline, timelines, `wpc-timeline-title-${n}`);
  const views = createViews(loc, on.select, bridge.hostName, n);
  const fundingSection = section(w.sections.funding, fundings, `wpc-funding-title-${n}`);
  const results = el("div", { class: "wpc-body", "aria-busy": "false" }, [
    banner.root,
    summary.root,
    el("div", { class: "wpc-actions", role: "group", "aria-label": w.header.sheetActions }, [highlightButton, clearButton, rollupsButton]),
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
  validateButton.addEventListener("click", on.validate);
  highlightButton.addEventListener("click", on.highlight);
  clearButton.addEventListener("click", on.clear);
  rollupsButton.addEventListener("click", on.rollups);

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
    if (changed("error")) banner.update(s.error ? s.error(loc) : null);
    if (changed("status")) status.textContent = s.status ? s.status(loc) : "";
    if (changed("report") || changed("shown")) {
      summary.update(s.report, s.shown);
      replaceChildren(issues, renderIssues(loc, s.report, s.shown, on.select));
      issuesSection.hidden = s.report === null;
    }
    if (changed("report")) {
      const r = s.report?.rollups;
      replaceChildren(budgets, r ? r.budget.map((b, i) => renderBudget(loc, b, i)) : []);
      replaceChildren(timelines, r ? r.timeline.map((t, i) => renderTimeline(loc, t, r.deliverables, i, on.select, s.report?.omitted)) : []);
      budgetSection.hidden = !r || r.budget.length === 0;
      replaceChildren(fundings, r ? [...r.funding.map((f, i) => renderFunding(loc, f, i)), ...r.execution.map((e, i) => renderExecution(loc, e, i))] : []);
      fundingSection.hidden = !r || r.funding.length + r.execution.length === 0;
      timelineSection.hidden = !r || r.timeline.length === 0;
      revealFirstBars(timelines);
    }
    if (changed("report") || changed("settings")) views.update(s.report, s.settings);
    if (changed("settings") || changed("language")) settings.fill({ ...settingsToForm(s.settings), ...(s.grouping ? { grouping: s.grouping } : {}) }, s.language.choice);
  }

  const nodes = [
    el("header", { class: "wpc-header" }, [el("h1", { class: "wpc-title" }, ["Workplan Check"]), el("span", { class: "wpc-host" }, [bridge.hostName])]),
    el("div", { class: "wpc-commandbar" }, [validateButton, progress.root]),
    results,
  ];
  return { nodes, settings, importText, update };
}

/** Where the reader was, so a redraw in another language puts them back: open sections, focus, scroll. */
interface Place {
  readonly open: readonly string[];
  readonly focus: string | null;
  readonly scroll: number;
}

/** A stable name for a <details> or a control, the same in every language. */
function keyOf(node: Element): string | null {
  if (node instanceof HTMLDetailsElement) {
    const table = node.getAttribute("data-table");
    return table !== null ? `group:${table}` : `details:${node.className}`;
  }
  const name = node.getAttribute("data-action") ?? node.getAttribute("name");
  return name ? `control:${name}` : null;
}

function placeIn(root: HTMLElement): Place {
  const open = Array.from(root.querySelectorAll("details")).filter((d) => d.open).map(keyOf).filter((k): k is string => k !== null);
  const active = root.ownerDocument.activeElement;
  const focus = active && root.contains(active) ? keyOf(active) : null;
  return { open, focus, scroll: root.ownerDocument.defaultView?.scrollY ?? 0 };
}

function restorePlace(root: HTMLElement, place: Place): void {
  const open = new Set(place.open);
  for (const d of Array.from(root.querySelectorAll("details"))) {
    const k = keyOf(d);
    if (k !== null && open.has(k)) d.open = true;
  }
  root.ownerDocument.defaultView?.scrollTo(0, place.scroll);
  if (place.focus === null) return;
  const target = Array.from(root.querySelectorAll<HTMLElement>("[data-action], [name]")).find((x) => keyOf(x) === place.focus);
  target?.focus({ preventScroll: true });
}

/**
 * Builds the Workplan Check panel inside `root` and wires it to a host. The Excel task pane and the
 * Sheets sidebar each call this with their own bridge; everything host-specific stays behind it.
 * The panel speaks the user's language (the host's, or the one chosen in its settings); changing it
 * redraws the panel at once, the report included, without validating again.
 */
export function mountPanel(root: HTMLElement, bridge: HostBridge, options: MountOptions = {}): void {
  const doc = root.ownerDocument;
  injectStyles(doc);
  root.classList.add("wpc-panel");
  let state: PanelState = initialState(options.lang ?? "en");
  let loc = localeOfState(state);
  let shell: Shell;

  const dispatch = (action: PanelAction): void => {
    const prev = state;
    state = reducePanel(state, action);
    if (state === prev) return;
    const next = localeOfState(state);
    if (next.lang !== loc.lang || next.format.grouping !== loc.format.grouping) redraw(next);
    else shell.update(prev, state);
  };

  /** A new shell in another language or grouping; the draft in the forms and the reader's place are kept. */
  function redraw(next: Locale): void {
    const place = placeIn(root);
    const draft = shell.settings.read();
    const pasted = shell.importText.text.get();
    loc = next;
    shell = buildShell(loc, state, bridge, handlers);
    replaceChildren(root, shell.nodes);
    shell.update(state, state, true);
    shell.settings.fill({ ...draft, grouping: state.grouping ?? draft.grouping }, state.language.choice);
    if (pasted !== "") shell.importText.text.set(pasted);
    restorePlace(root, place);
    root.setAttribute("lang", loc.lang);
  }

  const fail = (op: OperationName, e: unknown): void => dispatch({ type: "failed", error: (l) => failureText(l, op, e) });

  /** Runs one bridge call: buttons off meanwhile, result or error into the state, focus kept. */
  async function run<T>(busy: Busy, call: () => Promise<T>, done: (value: T) => PanelAction): Promise<void> {
    if (state.busy !== null) return;
    const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    dispatch({ type: "start", busy });
    try {
      dispatch(done(await call()));
    } catch (e) {
      fail(busy, e);
    } finally {
      // A disabled button drops focus to <body>; give it back so keyboard users keep their place.
      if (focused && focused.isConnected && (doc.activeElement === null || doc.activeElement === doc.body)) focused.focus();
    }
  }

  /** The form's settings, or null (errors shown) when the form does not parse. */
  function currentSettings() {
    const parsed = formToSettings(shell.settings.read(), state.settings, loc);
    shell.settings.showErrors(parsed.ok ? [] : parsed.errors);
    return parsed.ok ? parsed.value : null;
  }

  const finished = (status: Words): PanelAction => ({ type: "finished", status });

  const handlers: Handlers = {
    validate() {
      const current = currentSettings();
      if (current === null) {
        dispatch({ type: "failed", error: (l) => l.text.notStarted(l.text.operation.validate) });
        return;
      }
      // The language is the user's, not the document's: it goes with each validation, so messages come back in it.
      const sent = { ...current, lang: langOf(state.language) };
      void run("validate", async () => {
        const raw = await bridge.validate(sent, (done, total, label) => dispatch({ type: "progress", done, total, label }));
        // The report crossed a host boundary (google.script.run, another bundle): check it before drawing it.
        const parsed = PanelViewSchema.safeParse(raw);
        if (!parsed.success) throw new Error(loc.text.unreadableReport(parsed.error.issues[0]?.path.join(".") || "shape"));
        return parsed.data as PanelView;
      }, (report) => ({ type: "validated", report, status: (l) => validatedStatus(l, report) }));
    },
    highlight() {
      const report = state.report;
      if (report) void run("highlight", () => bridge.highlight(report), (r) => finished((l) => l.text.status.highlighted(r.cells, r.protectedSheets ?? [])));
    },
    clear() {
      void run("clear", () => bridge.clearHighlights(), (r) => finished((l) => l.text.status.cleared(r.cells, r.protectedSheets ?? [])));
    },
    rollups() {
      const report = state.report;
      if (report) void run("rollups", () => bridge.writeRollups(report), (r) => finished((l) => l.text.status.rollups(r.sheet)));
    },
    save() {
      const current = currentSettings();
      if (current === null) return;
      void run("save", () => bridge.saveSettings(current).then(() => current), (saved) => ({ type: "settings-saved", settings: saved, status: (l) => l.text.status.saved }));
    },
    insert(kind, prefill) {
      const insert = bridge.insertTemplate?.bind(bridge);
      if (!insert) return;
      // The template speaks the panel's language: a French panel inserts a French table.
      const lang = langOf(state.language);
      void run("insert", () => insert(kind, prefill, lang), (r) => finished((l) => l.text.status.inserted(r.sheet)));
    },
    importText(text) {
      const insert = bridge.insertImport?.bind(bridge);
      if (!insert) return;
      void run("insert", () => insert(text), (r) => {
        shell.importText.reset();
        return finished((l) => l.text.status.imported(r.sheet, r.rows));
      });
    },
    select(sheet, cell) {
      bridge.selectCell(sheet, cell).catch((e: unknown) => fail("select", e));
    },
    toggle: (severity) => dispatch({ type: "toggle-severity", severity }),
    dismiss: () => dispatch({ type: "dismiss-error" }),
    language(choice) {
      dispatch({ type: "language", language: { host: state.language.host, choice } });
      const said = finished((l) => l.text.status.language(LANG_NAMES[l.lang]));
      if (!bridge.saveLanguage) return dispatch(said);
      bridge.saveLanguage(choice === "auto" ? null : choice).then(() => dispatch(said), (e: unknown) => fail("language", e));
    },
    grouping: (grouping) => dispatch({ type: "grouping", grouping }),
  };

  shell = buildShell(loc, state, bridge, handlers);
  replaceChildren(root, shell.nodes);
  if (!root.hasAttribute("role")) root.setAttribute("role", "region");
  if (!root.hasAttribute("aria-label")) root.setAttribute("aria-label", "Workplan Check");
  root.setAttribute("lang", loc.lang);
  shell.update(state, state, true);

  bridge.loadSettings().then(
    (loaded) => dispatch({ type: "settings-loaded", settings: loaded ?? {} }),
    (e: unknown) => fail("load", e),
  );
  bridge.loadLanguage?.().then(
    (prefs) => dispatch({ type: "language", language: { host: hostLang(prefs), choice: prefs.chosen ?? "auto" } }),
    (e: unknown) => fail("load", e),
  );
}
