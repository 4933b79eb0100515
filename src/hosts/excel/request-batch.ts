/**
 * Writes too large for one request, cut into several. Excel on the web refuses a request over 5 MB (and does not
 * retry), so commands are queued with an estimate of their serialised size and context.sync() is called before
 * the running total passes the budget. Estimates are measured against Microsoft's runtime
 * (tests/hosts/excel/request-sizes.runtime.test.ts): a command costs its JSON arguments plus about 300 bytes of
 * object paths, and the runtime itself cuts a range write into 1,500-cell pieces, each with its own paths.
 */

/** Bytes queued per request: far under the 5 MB limit, so an estimate that is off by half still fits. */
export const WRITE_BUDGET = 2 * 1024 * 1024;
/** Object paths and action around one command. */
export const COMMAND_BYTES = 300;
/** Microsoft's runtime sends a range write in pieces of this many cells, each with its own object paths. */
const RUNTIME_PIECE_CELLS = 1500;

/** The serialised size of a 2-D array written to a range (values, formulas, numberFormat). */
export function gridBytes(grid: readonly (readonly unknown[])[]): number {
  const cells = grid.length * (grid[0]?.length ?? 0);
  return JSON.stringify(grid).length + COMMAND_BYTES * (1 + Math.ceil(cells / RUNTIME_PIECE_CELLS));
}

export class RequestBatch {
  private queued = 0;
  /** Requests sent so far. */
  requests = 0;

  constructor(private readonly context: Excel.RequestContext, private readonly budget = WRITE_BUDGET) {}

  /** Queues a command of about `bytes`, sending what is queued first when it would not fit. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.flush();
    queue();
    this.queued += bytes;
  }

  /** Sends what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    this.requests++;
    await this.context.sync();
  }
}
