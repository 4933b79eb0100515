import { el, replaceChildren } from "./dom";
import { Busy, isDeterminate, ProgressInfo } from "./panel-state";

const BUSY_LABEL: Readonly<Record<Busy, string>> = {
  validate: "Validating…",
  highlight: "Highlighting issues…",
  clear: "Clearing highlights…",
  rollups: "Writing rollups…",
  save: "Saving settings…",
  insert: "Inserting the template…",
};

export interface ProgressView {
  readonly root: HTMLElement;
  update(busy: Busy | null, progress: ProgressInfo | null): void;
}

/** The progress indicator under the Validate button: a fraction when the host reports one, else a sweep. */
export function createProgress(): ProgressView {
  const fill = el("div", { class: "wpc-progress-fill" });
  const track = el("div", { class: "wpc-progress-track", role: "progressbar", "aria-valuemin": 0 }, [fill]);
  const label = el("div", { class: "wpc-progress-label" });
  const root = el("div", { class: "wpc-progress", hidden: true }, [track, label]);
  return {
    root,
    update(busy, progress) {
      root.hidden = busy === null;
      if (busy === null) return;
      const text = busy === "validate" && progress?.label ? progress.label : BUSY_LABEL[busy];
      label.textContent = isDeterminate(progress) && busy === "validate" ? `${text} (${progress.done} of ${progress.total})` : text;
      track.setAttribute("aria-label", BUSY_LABEL[busy]);
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
export function createBanner(onDismiss: () => void): BannerView {
  const text = el("div", { class: "wpc-banner-text", role: "alert" });
  const dismiss = el("button", { class: "wpc-btn wpc-btn-subtle wpc-btn-small", type: "button", "aria-label": "Dismiss error" }, ["✕"]);
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
