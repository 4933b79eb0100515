/** The report's only styles: inline in the page (no remote font), with A4 print rules and page breaks. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 "Segoe UI", Helvetica, Arial, sans-serif; color: #242424; background: #fff; margin: 0 auto; padding: 24px 32px 48px; max-width: 1000px; }
h1 { font-size: 26px; margin: 0 0 4px; color: #0F6CBD; }
h2 { font-size: 20px; margin: 0 0 12px; padding-bottom: 4px; border-bottom: 2px solid #0F6CBD; }
h3 { font-size: 16px; margin: 16px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
.muted { color: #616161; font-weight: normal; }
.ok { color: #0E700E; } .bad { color: #C50F1F; font-weight: 600; }
.big { font-size: 24px; font-weight: 700; margin: 4px 0; }
.toc { margin: 8px 0 0; font-size: 13px; }
.toc a { color: #0F6CBD; }
.report-section { margin: 32px 0 0; }
.card { border: 1px solid #E0E0E0; border-radius: 6px; padding: 8px 16px 12px; margin: 12px 0; break-inside: avoid-page; }
.card.plan { break-inside: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; }
th, td { border-bottom: 1px solid #E0E0E0; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #EBF3FC; font-weight: 600; overflow-wrap: normal; }
table.num-right td:not(:first-child) { text-align: right; font-variant-numeric: tabular-nums; }
table.compact { width: auto; }
.figure { white-space: nowrap; }
table.issues td:first-child, table.issues td:nth-child(2), table.issues td:last-child, table.coverage td:first-child { white-space: nowrap; width: 1%; }
tr { break-inside: avoid; }
code { font: 12px/1.3 Consolas, "Courier New", monospace; background: #F5F5F5; padding: 0 3px; border-radius: 3px; }
.sev { font-size: 12px; font-weight: 600; padding: 0 6px; border-radius: 8px; }
.sev-error { background: #FDE7E9; color: #A4262C; } .sev-warning { background: #FFF4CE; color: #7A5B00; } .sev-info { background: #DEECF9; color: #004E8C; }
.tag { font-size: 11px; background: #EBF3FC; color: #0F6CBD; border-radius: 6px; padding: 0 5px; }
figure { margin: 8px 0; }
figcaption { font-size: 12px; color: #616161; }
.chart-scroll { overflow-x: auto; }
svg.wpc-chart { max-width: 100%; height: auto; display: block; }
.legend-row { margin: 8px 0 4px; font-size: 12px; }
.legend { display: inline-flex; align-items: center; gap: 4px; margin-right: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  .toc { display: none; }
  .report-section { margin: 0; break-before: page; }
  .report-section:first-of-type { break-before: auto; }
  .chart-scroll { overflow: visible; }
  .card { border-color: #BDBDBD; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg, .swatch, .sev { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
