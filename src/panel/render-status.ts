import { el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";
import { Busy, isDeterminate, ProgressInfo } from "./panel-state";
import { PROGRESS_STEPS } from "./bridge";

/**
 * A host's progress label in the reader's language. Hosts report their steps in English (PROGRESS_STEPS, and
 * "Reading “Sheet”" per sheet); any other label is not shown: the panel's own "Validating…" stands in.
 */
export function stepText(loc: Locale, label: string): string | undefined {
  const steps = loc.text.steps;
  for (const [key, english] of Object.entries(PROGRESS_STEPS) as [keyof typeof PROGRESS_STEPS, string][]) if (label === english) return steps[key];
  const sheet = /^Reading “(.*)”$/s.exec(label);
  return sheet ? steps.readSheet(sheet[1]) : undefined;
}

export interface ProgressView {
  readonly root: HTMLElement;
  update(busy: Busy | null, progress: ProgressInfo | null): void;
}

/** The progress indicator under the Validate button: a fraction when the host reports one, else a sweep. */
export function createProgress(loc: Locale): ProgressView {
  const busyLabel = loc.text.busy;
  const fill = el("div", { class: "wpc-progress-fill" });
  const track = el("div", { class: "wpc-progress-track", role: "progressbar", "aria-valuemin": 0 }, [fill]);
  const label = el("div", { class: "wpc-progress-label" });
  const root = el("div", { class: "wpc-progress", hidden: true }, [track, label]);
  return {
    root,
    update(busy, progress) {
      root.hidden = busy === null;
      if (busy === null) return;
      const text = (busy === "validate" && progress?.label ? stepText(loc, progress.label) : undefined) ?? busyLabel[busy];
      label.textContent = isDeterminate(progress) && busy === "validate" ? loc.text.progressOf(text, progress.done, progress.total) : text;
      track.setAttribute("aria-label", busyLabel[busy]);
      if (isDeterminate(progress) && busy === "validate") {
        root.classList.remove("wpc-progress-indeterminate");
        track.setAttribute("aria-valuemax", String(progress.total));
        track.setAttribute("aria-valuenow", String(progress.done));
        fill.style.width = `${(100 * progress.done) / progress.total}%`;
      } else {
        root.classList.add("wpc-progress-indeterminate");
        track.removeAttribute("aria-valuemax");
        track.removeAttribute("aria-valuenow");
        fill.style.width = "";
      }
    },
  };
}

export interface BannerView {
  readonly root: HTMLElement;
  update(error: string | null): void;
}

/** A failed bridge call, in words, with a way to dismiss it. */
export function createBanner(loc: Locale, onDismiss: () => void): BannerView {
  const text = el("div", { class: "wpc-banner-text", role: "alert" });
  const dismiss = el("button", { class: "wpc-btn wpc-btn-subtle wpc-btn-small", type: "button", "aria-label": loc.text.dismissError }, ["✕"]);
  dismiss.addEventListener("click", onDismiss);
  const root = el("div", { class: "wpc-banner", hidden: true }, [el("span", { class: "wpc-banner-icon", "aria-hidden": "true" }, ["!"]), text, dismiss]);
  return {
    root,
    update(error) {
      root.hidden = error === null;
      replaceChildren(text, error === null ? [] : [error]);
    },
  };
}
