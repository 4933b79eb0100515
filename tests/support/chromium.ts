import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (scripts/ensure-chromium.sh installs it); Playwright's own download cannot work offline. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep a headless Chromium quiet on a machine with no network but the registries. */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Launches the browser for a test file, with one clear message when it is missing. */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  } catch (e) {
    throw new Error(`Cannot start ${CHROMIUM} (install it: bash scripts/ensure-chromium.sh): ${(e as Error).message}`);
  }
}
