import type { Services } from "./services";

/** How long an action waits for another editor's Highlight or Clear to finish. */
export const LOCK_WAIT_MS = 30_000;

/**
 * Runs `action` holding the document lock, so two editors highlighting at once cannot both save
 * "original" fills (the second would save the first one's colours, which Clear could then not undo).
 * Pending changes are flushed before the lock is released, so the next holder sees them.
 */
export function underDocumentLock<T>(services: Services, what: string, action: () => T): T {
  const lock = services.documentLock();
  if (!lock) throw new Error(`${what} needs the document lock, which this spreadsheet does not offer; open the add-on from the spreadsheet.`);
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(`Another editor is highlighting or clearing this spreadsheet; ${what} did not start. Try again in a moment.`);
  try {
    const result = action();
    services.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
