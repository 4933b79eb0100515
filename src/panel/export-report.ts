/**
 * "Export report": the same self-contained HTML as the CLI's --html, handed to the browser the panel runs
 * in. A download where the host's webview allows one; a new window (print or save from there) where it
 * allows pop-ups. Both are plain browser features: no host API, no extra permission.
 */
export function downloadHtml(doc: Document, html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.hidden = true;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens the report in a new window (the host may block it: with "noopener" the page cannot tell). */
export function openHtml(win: Window, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  win.open(url, "_blank", "noopener");
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
