/**
 * The panel's CSS as a string, injected once in a <style> element: the Sheets sidebar is a single
 * inlined HTML file built without CSS loaders. Every rule is scoped under .wpc-panel and every
 * class starts with wpc- so the host page's own styles and ours do not leak into each other.
 * Colours and sizes follow Fluent UI 2 (Office's look): neutral greys, #0f6cbd brand, 4px radii.
 */
export const PANEL_CSS = `
.wpc-panel {
  --wpc-fg: #242424; --wpc-fg2: #616161; --wpc-fg3: #707070;
  --wpc-bg: #ffffff; --wpc-bg2: #fafafa; --wpc-bg3: #f5f5f5; --wpc-bg4: #ebebeb;
  --wpc-stroke: #d1d1d1; --wpc-stroke2: #e0e0e0;
  --wpc-brand: #0f6cbd; --wpc-brand-hover: #115ea3; --wpc-brand-pressed: #0c3b5e; --wpc-brand-bg: #ebf3fc; --wpc-brand-soft: #b4d6fa;
  --wpc-error: #b10e1c; --wpc-error-bg: #fdf3f4; --wpc-error-stroke: #eeacb2;
  --wpc-warning: #8a3707; --wpc-warning-mark: #e9835e; --wpc-warning-bg: #fff9f5; --wpc-warning-stroke: #fdcfb4;
  --wpc-info: #0f6cbd; --wpc-info-bg: #ebf3fc;
  --wpc-ok: #0e700e; --wpc-ok-bg: #f1faf1;
  box-sizing: border-box; max-width: 100%; min-width: 0; position: relative;
  color: var(--wpc-fg); background: var(--wpc-bg);
  font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 20px;
  overflow-wrap: anywhere; -webkit-font-smoothing: antialiased;
}
/* Explicit, not inherit: Chromium's <details> puts its content under a pseudo-element that would break inheritance. */
.wpc-panel *, .wpc-panel *::before, .wpc-panel *::after { box-sizing: border-box; }
.wpc-panel h1, .wpc-panel h2, .wpc-panel h3, .wpc-panel p, .wpc-panel ul, .wpc-panel ol, .wpc-panel figure { margin: 0; padding: 0; }
.wpc-panel ul, .wpc-panel ol { list-style: none; }
.wpc-panel [hidden] { display: none !important; }
.wpc-panel :focus { outline: none; }
.wpc-panel :focus-visible { outline: 2px solid var(--wpc-fg); outline-offset: 1px; border-radius: 4px; }
.wpc-sr { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

/* Header and the main command */
.wpc-header { padding: 12px 12px 10px; border-bottom: 1px solid var(--wpc-stroke2); display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.wpc-title { font-size: 16px; line-height: 22px; font-weight: 600; }
.wpc-host { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-commandbar { padding: 12px; display: flex; flex-direction: column; gap: 8px; }
.wpc-body { padding: 0 12px 16px; display: flex; flex-direction: column; gap: 12px; }

.wpc-btn {
  font: inherit; font-weight: 600; font-size: 14px; line-height: 20px; min-height: 32px; padding: 5px 12px;
  border-radius: 4px; border: 1px solid var(--wpc-stroke); background: var(--wpc-bg); color: var(--wpc-fg);
  cursor: pointer; display: inline-flex; align-items: center; justify-content: center; gap: 6px; max-width: 100%;
}
.wpc-btn:hover:not(:disabled) { background: var(--wpc-bg3); border-color: #c7c7c7; }
.wpc-btn:active:not(:disabled) { background: var(--wpc-bg4); }
.wpc-btn:disabled { cursor: default; color: #bdbdbd; background: var(--wpc-bg3); border-color: var(--wpc-stroke2); }
.wpc-btn-primary { background: var(--wpc-brand); border-color: transparent; color: #fff; }
.wpc-btn-primary:hover:not(:disabled) { background: var(--wpc-brand-hover); border-color: transparent; }
.wpc-btn-primary:active:not(:disabled) { background: var(--wpc-brand-pressed); }
.wpc-btn-primary:focus-visible { outline-offset: 2px; }
.wpc-btn-block { width: 100%; }
.wpc-btn-subtle { border-color: transparent; background: transparent; font-weight: 400; padding: 5px 8px; }
.wpc-btn-small { min-height: 24px; padding: 1px 8px; font-size: 12px; line-height: 16px; font-weight: 400; }

/* Progress: determinate fill or an indeterminate sweep */
.wpc-progress { display: flex; flex-direction: column; gap: 4px; }
.wpc-progress-track { height: 2px; background: var(--wpc-bg4); border-radius: 1px; overflow: hidden; position: relative; }
.wpc-progress-fill { height: 100%; background: var(--wpc-brand); width: 0; transition: width .2s ease; }
.wpc-progress-indeterminate .wpc-progress-fill { position: absolute; width: 33%; animation: wpc-sweep 1.5s ease-in-out infinite; }
@keyframes wpc-sweep { from { left: -33%; } to { left: 100%; } }
@media (prefers-reduced-motion: reduce) { .wpc-progress-indeterminate .wpc-progress-fill { animation: none; width: 100%; opacity: .5; } }
.wpc-progress-label { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }

/* Banner, status line */
.wpc-banner { display: flex; gap: 8px; align-items: flex-start; padding: 8px 8px 8px 12px; border-radius: 4px; border: 1px solid var(--wpc-error-stroke); background: var(--wpc-error-bg); color: var(--wpc-fg); }
.wpc-banner-text { flex: 1 1 auto; min-width: 0; }
.wpc-banner-icon { color: var(--wpc-error); font-weight: 700; }
.wpc-status { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); min-height: 16px; }
.wpc-status:empty { display: none; }

/* Summary and filter chips */
.wpc-summary { display: flex; flex-direction: column; gap: 8px; }
.wpc-summary-line { font-weight: 600; }
.wpc-summary-meta { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); font-weight: 400; }
.wpc-chips { display: flex; gap: 6px; flex-wrap: wrap; }
.wpc-chip {
  font: inherit; font-size: 12px; line-height: 16px; min-height: 24px; padding: 3px 10px 3px 8px; border-radius: 12px;
  border: 1px solid var(--wpc-stroke); background: var(--wpc-bg); color: var(--wpc-fg); cursor: pointer; display: inline-flex; align-items: center; gap: 6px;
}
.wpc-chip[aria-pressed="true"] { background: var(--wpc-brand-bg); border-color: var(--wpc-brand-soft); color: var(--wpc-brand-pressed); }
.wpc-chip[aria-pressed="false"] { color: var(--wpc-fg2); }
.wpc-chip[aria-pressed="false"] .wpc-dot { background: transparent; border: 1px solid currentColor; }
.wpc-chip:hover { border-color: #a0a0a0; }
.wpc-dot { width: 8px; height: 8px; border-radius: 50%; flex: none; display: inline-block; }
.wpc-dot-error { background: var(--wpc-error); }
.wpc-dot-warning { background: var(--wpc-warning-mark); }
.wpc-dot-info { background: var(--wpc-info); }

.wpc-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.wpc-actions .wpc-btn { flex: 1 1 auto; font-weight: 400; }

/* Sections and cards */
.wpc-section { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
.wpc-section-title { font-size: 14px; line-height: 20px; font-weight: 600; margin-top: 4px; }
.wpc-card { border: 1px solid var(--wpc-stroke2); border-radius: 4px; background: var(--wpc-bg); padding: 12px; display: flex; flex-direction: column; gap: 8px; min-width: 0; box-shadow: 0 1px 2px rgba(0,0,0,.06); }
.wpc-card-title { font-size: 14px; line-height: 20px; font-weight: 600; }
.wpc-card-sub { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-empty { color: var(--wpc-fg2); font-size: 12px; line-height: 16px; }
.wpc-muted { color: var(--wpc-fg2); }
.wpc-small { font-size: 12px; line-height: 16px; }

/* Issues */
.wpc-group { border: 1px solid var(--wpc-stroke2); border-radius: 4px; background: var(--wpc-bg); min-width: 0; }
.wpc-group > summary { list-style: none; cursor: pointer; padding: 8px 10px; display: flex; gap: 8px; align-items: flex-start; border-radius: 4px; }
.wpc-group > summary::-webkit-details-marker { display: none; }
.wpc-group > summary:hover { background: var(--wpc-bg2); }
.wpc-chevron { flex: none; width: 12px; height: 20px; color: var(--wpc-fg2); display: inline-flex; align-items: center; justify-content: center; }
.wpc-chevron::before { content: ""; width: 6px; height: 6px; border-right: 1.5px solid currentColor; border-bottom: 1.5px solid currentColor; transform: rotate(-45deg); transition: transform .1s; }
.wpc-group[open] > summary .wpc-chevron::before, .wpc-settings[open] > summary .wpc-chevron::before, .wpc-insert[open] > summary .wpc-chevron::before, .wpc-import[open] > summary .wpc-chevron::before { transform: translateY(-2px) rotate(45deg); }
.wpc-group-head { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; }
.wpc-group-name { font-weight: 600; }
.wpc-group-meta { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-counts { display: flex; gap: 4px; flex: none; }
.wpc-count { font-size: 12px; line-height: 16px; padding: 1px 6px; border-radius: 8px; font-weight: 600; }
.wpc-count-error { background: var(--wpc-error-bg); color: var(--wpc-error); }
.wpc-count-warning { background: var(--wpc-warning-bg); color: var(--wpc-warning); }
.wpc-count-info { background: var(--wpc-info-bg); color: var(--wpc-info); }
.wpc-severity { padding: 0 4px 6px; }
.wpc-severity-title { font-size: 12px; line-height: 16px; font-weight: 600; color: var(--wpc-fg2); padding: 4px 6px; display: flex; align-items: center; gap: 6px; }
.wpc-issue {
  font: inherit; text-align: left; width: 100%; display: grid; grid-template-columns: minmax(44px, max-content) 1fr; align-items: start; column-gap: 8px; row-gap: 2px;
  padding: 6px; border: 1px solid transparent; border-radius: 4px; background: transparent; color: var(--wpc-fg); cursor: pointer; min-width: 0;
}
.wpc-issue:hover { background: var(--wpc-bg3); }
.wpc-issue:active { background: var(--wpc-bg4); }
.wpc-issue-cell { grid-row: 1 / span 2; align-self: start; font-size: 12px; line-height: 16px; font-weight: 600; padding: 1px 5px; border-radius: 4px; background: var(--wpc-bg3); border: 1px solid var(--wpc-stroke2); color: var(--wpc-fg); text-align: center; margin-top: 1px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.wpc-issue-error .wpc-issue-cell { border-color: var(--wpc-error-stroke); background: var(--wpc-error-bg); color: var(--wpc-error); }
.wpc-issue-warning .wpc-issue-cell { border-color: var(--wpc-warning-stroke); background: var(--wpc-warning-bg); color: var(--wpc-warning); }
.wpc-issue-info .wpc-issue-cell { border-color: var(--wpc-brand-soft); background: var(--wpc-info-bg); color: var(--wpc-info); }
.wpc-issue-message { min-width: 0; }
.wpc-issue-code { font-size: 11px; line-height: 14px; color: var(--wpc-fg3); grid-column: 2; }
.wpc-more { margin: 4px 6px 0; }

/* Budget */
.wpc-total { font-size: 24px; line-height: 32px; font-weight: 600; font-variant-numeric: tabular-nums; }
.wpc-check { font-size: 12px; line-height: 16px; display: flex; gap: 6px; align-items: flex-start; padding: 4px 8px; border-radius: 4px; }
.wpc-check-ok { background: var(--wpc-ok-bg); color: var(--wpc-ok); }
.wpc-check-bad { background: var(--wpc-error-bg); color: var(--wpc-error); }
.wpc-check-none { background: var(--wpc-bg3); color: var(--wpc-fg2); }
.wpc-lines { display: flex; flex-direction: column; gap: 6px; }
.wpc-line { display: grid; grid-template-columns: 1fr auto; column-gap: 8px; row-gap: 2px; align-items: baseline; }
.wpc-line-label { min-width: 0; }
.wpc-line-amount { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
.wpc-line-share { grid-column: 1 / span 2; display: flex; align-items: center; gap: 8px; font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-bar { flex: 1 1 auto; height: 6px; background: var(--wpc-bg4); border-radius: 3px; overflow: hidden; display: flex; min-width: 40px; }
.wpc-bar-fill { height: 100%; background: var(--wpc-brand); }
.wpc-bar-fill-staff { background: var(--wpc-brand); }
.wpc-bar-fill-other { background: #7fb4e6; }
.wpc-share-text { flex: none; width: 44px; text-align: right; font-variant-numeric: tabular-nums; }
.wpc-tag { font-size: 11px; line-height: 14px; padding: 0 4px; border-radius: 4px; background: var(--wpc-bg3); color: var(--wpc-fg2); margin-left: 4px; white-space: nowrap; }
.wpc-split { display: flex; flex-direction: column; gap: 4px; padding-top: 4px; border-top: 1px solid var(--wpc-stroke2); }
.wpc-legend { display: flex; flex-wrap: wrap; column-gap: 12px; row-gap: 2px; font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-legend-item { display: inline-flex; align-items: center; gap: 4px; }
.wpc-swatch { width: 8px; height: 8px; border-radius: 2px; display: inline-block; flex: none; }
.wpc-facts { display: grid; grid-template-columns: auto 1fr; column-gap: 12px; row-gap: 2px; font-size: 12px; line-height: 16px; margin: 0; }
.wpc-facts dt { color: var(--wpc-fg2); }
.wpc-facts dd { margin: 0; font-variant-numeric: tabular-nums; }
/* An amount never breaks after "CHF"; a long French or Spanish label wraps instead. */
.wpc-facts dd { white-space: nowrap; }
.wpc-total-of { font-size: 12px; line-height: 16px; font-weight: 400; color: var(--wpc-fg2); }
.wpc-bar-tall { height: 10px; border-radius: 5px; }
.wpc-bar-fill-received { background: var(--wpc-ok); }
.wpc-bar-fill-pledged { background: #9fd89f; }
.wpc-swatch-empty { background: var(--wpc-bg4); }
.wpc-bar-fill-over { background: var(--wpc-error); }
.wpc-bar-fill-near { background: var(--wpc-warning-mark); }
.wpc-check-warn { background: var(--wpc-warning-bg); color: var(--wpc-warning); }
.wpc-tag-bad { background: var(--wpc-error-bg); color: var(--wpc-error); }
.wpc-tag-warn { background: var(--wpc-warning-bg); color: var(--wpc-warning); }
.wpc-sections, .wpc-columns { display: flex; flex-direction: column; gap: 4px; }
.wpc-section .wpc-line-label { font-weight: 600; }
.wpc-column-used strong { font-weight: 600; color: var(--wpc-fg); }
.wpc-inkind { display: flex; flex-direction: column; gap: 4px; font-size: 12px; line-height: 16px; }
.wpc-inkind-label { font-weight: 600; }

/* Timeline */
.wpc-stats { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-stat strong { color: var(--wpc-fg); font-weight: 600; }
.wpc-quarters { display: flex; flex-wrap: wrap; gap: 4px; }
.wpc-quarter { font-size: 12px; line-height: 16px; padding: 1px 6px; border-radius: 4px; background: var(--wpc-bg3); border: 1px solid var(--wpc-stroke2); font-variant-numeric: tabular-nums; }
.wpc-quarter strong { font-weight: 600; }
.wpc-gantt-scroll { position: relative; overflow-x: auto; max-width: 100%; border: 1px solid var(--wpc-stroke2); border-radius: 4px; }
.wpc-gantt-wrap { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.wpc-gantt-more { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.wpc-gantt { border-collapse: separate; border-spacing: 0; font-size: 11px; line-height: 14px; }
.wpc-gantt th, .wpc-gantt td { padding: 0; }
.wpc-gantt thead th { font-weight: 400; color: var(--wpc-fg2); text-align: center; background: var(--wpc-bg2); }
.wpc-gantt .wpc-g-year { text-align: left; padding: 2px 4px; border-left: 1px solid var(--wpc-stroke2); font-weight: 600; color: var(--wpc-fg); }
.wpc-gantt .wpc-g-month { width: 16px; min-width: 16px; max-width: 16px; height: 18px; border-bottom: 1px solid var(--wpc-stroke2); position: relative; }
.wpc-gantt .wpc-g-month.wpc-g-jan, .wpc-gantt td.wpc-g-jan { border-left: 1px solid var(--wpc-stroke2); }
.wpc-gantt .wpc-g-corner { position: sticky; left: 0; z-index: 2; background: var(--wpc-bg2); text-align: left; padding: 2px 6px; border-right: 1px solid var(--wpc-stroke2); }
.wpc-gantt .wpc-g-mark { height: 14px; font-size: 10px; line-height: 14px; color: var(--wpc-brand); }
.wpc-gantt .wpc-g-mark-on { font-weight: 600; }
.wpc-gantt tbody th {
  position: sticky; left: 0; z-index: 1; background: var(--wpc-bg); text-align: left; font-weight: 400;
  width: 132px; min-width: 132px; max-width: 132px; padding: 0 6px; border-right: 1px solid var(--wpc-stroke2);
}
.wpc-g-label { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; height: 18px; line-height: 18px; font-size: 12px; color: var(--wpc-fg); }
.wpc-gantt tbody tr:nth-child(even) th, .wpc-gantt tbody tr:nth-child(even) td { background-color: var(--wpc-bg2); }
.wpc-gantt td { height: 18px; position: relative; }
.wpc-gantt td.wpc-g-milestone { box-shadow: inset 1px 0 0 var(--wpc-brand-soft), inset -1px 0 0 var(--wpc-brand-soft); }
.wpc-gantt td.wpc-g-on::after { content: ""; position: absolute; left: 0; right: 0; top: 5px; bottom: 5px; background: var(--wpc-brand); }
.wpc-gantt td.wpc-g-first::after { left: 2px; border-top-left-radius: 3px; border-bottom-left-radius: 3px; }
.wpc-gantt td.wpc-g-last::after { right: 2px; border-top-right-radius: 3px; border-bottom-right-radius: 3px; }
.wpc-gantt tr.wpc-g-ongoing td.wpc-g-on::after { background: repeating-linear-gradient(135deg, #7fb4e6 0 3px, #cfe4fa 3px 6px); }
.wpc-gantt tr.wpc-g-unscheduled .wpc-g-label { color: var(--wpc-fg2); font-style: italic; }
.wpc-milestones { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-milestone-glyph { color: var(--wpc-brand); }
.wpc-deliverables { display: flex; flex-direction: column; gap: 4px; border-top: 1px solid var(--wpc-stroke2); padding-top: 8px; }
.wpc-deliverable { font: inherit; text-align: left; width: 100%; border: 1px solid transparent; border-radius: 4px; background: transparent; color: var(--wpc-fg); padding: 4px 6px; cursor: pointer; display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.wpc-deliverable:hover { background: var(--wpc-bg3); }
.wpc-deliverable-activity { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.wpc-deliverable-figure { font-variant-numeric: tabular-nums; font-weight: 600; }
.wpc-deliverable .wpc-bar { width: 100%; flex: none; }

/* Settings and Insert template: collapsible forms */
.wpc-settings, .wpc-insert, .wpc-import { border: 1px solid var(--wpc-stroke2); border-radius: 4px; }
.wpc-settings > summary, .wpc-insert > summary, .wpc-import > summary { cursor: pointer; padding: 8px 10px; font-weight: 600; list-style: none; display: flex; gap: 8px; align-items: center; border-radius: 4px; }
.wpc-settings > summary::-webkit-details-marker, .wpc-insert > summary::-webkit-details-marker, .wpc-import > summary::-webkit-details-marker { display: none; }
.wpc-settings > summary:hover, .wpc-insert > summary:hover, .wpc-import > summary:hover { background: var(--wpc-bg2); }
.wpc-form { display: flex; flex-direction: column; gap: 12px; padding: 4px 12px 12px; }
.wpc-field { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.wpc-field > label, .wpc-fieldset > legend { font-weight: 600; font-size: 14px; line-height: 20px; padding: 0; }
.wpc-fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.wpc-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.wpc-pair label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; line-height: 16px; color: var(--wpc-fg2); min-width: 0; }
.wpc-input {
  font: inherit; font-size: 14px; line-height: 20px; min-height: 32px; padding: 5px 8px; width: 100%; min-width: 0;
  border: 1px solid var(--wpc-stroke); border-bottom-color: #616161; border-radius: 4px; background: var(--wpc-bg); color: var(--wpc-fg);
}
.wpc-input:hover { border-color: #c7c7c7; border-bottom-color: #575757; }
.wpc-input:focus-visible, .wpc-input:focus { outline: none; border-bottom: 2px solid var(--wpc-brand); padding-bottom: 4px; }
textarea.wpc-input { resize: vertical; min-height: 72px; font-family: inherit; }
select.wpc-input { padding-top: 0; padding-bottom: 0; height: 32px; text-overflow: ellipsis; }
select.wpc-input:focus { padding-bottom: 0; }
select.wpc-input:disabled { color: var(--wpc-fg2); background: var(--wpc-bg3); }
.wpc-hint { font-size: 12px; line-height: 16px; color: var(--wpc-fg2); }
.wpc-import-result { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
.wpc-import-result:empty { display: none; }
.wpc-import-preview { max-height: 260px; overflow: auto; border: 1px solid var(--wpc-stroke2); border-radius: 4px; }
.wpc-import-table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 12px; line-height: 16px; }
.wpc-import-table th { position: sticky; top: 0; background: var(--wpc-bg3); text-align: left; font-weight: 600; }
.wpc-import-table th, .wpc-import-table td { padding: 4px 6px; border-bottom: 1px solid var(--wpc-stroke2); vertical-align: top; overflow-wrap: anywhere; }
.wpc-import-table th:nth-child(1) { width: 30%; }
.wpc-import-table th:nth-child(3) { width: 22%; }
.wpc-import-notes { list-style: disc; padding-left: 16px; }
.wpc-form-errors { color: var(--wpc-error); font-size: 12px; line-height: 16px; display: flex; flex-direction: column; gap: 2px; }
.wpc-form-errors:empty { display: none; }
.wpc-form-actions { display: flex; gap: 8px; }

/* All plans, coverage, compare (render-views.ts): SVG charts from src/views/charts.ts scroll sideways in a narrow pane. */
.wpc-chart-scroll { overflow-x: auto; max-width: 100%; }
.wpc-chart-scroll svg, .wpc-all-plans > svg { display: block; }
.wpc-all-plans > svg, .wpc-coverage svg { max-width: 100%; height: auto; }
.wpc-all-plans .wpc-legend { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; line-height: 16px; }
.wpc-coverage-list, .wpc-changes { display: flex; flex-direction: column; gap: 4px; margin-top: 4px; }
.wpc-coverage-details summary { cursor: pointer; font-size: 12px; color: var(--wpc-brand); }
.wpc-change-added .wpc-deliverable-figure { color: var(--wpc-ok); }
.wpc-change-removed .wpc-deliverable-figure { color: var(--wpc-error); }
.wpc-change-changed .wpc-deliverable-figure { color: var(--wpc-warning); }

/* Windows high-contrast themes drop background colours: keep bars and marks visible. */
@media (forced-colors: active) {
  .wpc-bar-fill, .wpc-progress-fill, .wpc-gantt td.wpc-g-on::after, .wpc-dot, .wpc-swatch { forced-color-adjust: none; background: Highlight !important; }
  .wpc-bar, .wpc-progress-track { border: 1px solid CanvasText; }
  .wpc-issue, .wpc-chip, .wpc-deliverable { border-color: ButtonText; }
}
`;

const STYLE_ID = "wpc-panel-styles";

/** Adds the stylesheet once per document. */
export function injectStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = PANEL_CSS;
  doc.head.appendChild(style);
}
