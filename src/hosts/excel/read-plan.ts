/**
 * How to read used ranges too large for one request. Excel on the web refuses a request or response over 5 MB
 * and a range read over five million cells, so big sheets are read in row blocks packed under a byte budget.
 */

/** Bytes allowed per request: under the 5 MB limit, leaving room for the JSON around the values. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/**
 * Rough JSON size of one cell's value, its formula (Excel repeats a constant there) and its number
 * format ("General", a short value twice).
 */
export const BYTES_PER_CELL = 56;
/** No block is taller than this, whatever the budget says. */
export const MAX_BLOCK_ROWS = 20_000;

export interface UsedSize {
  readonly rows: number;
  readonly columns: number;
}

/** Rows rowOffset … rowOffset + rows - 1 (0-based within the used range) of one sheet's used range. */
export interface Block {
  readonly sheet: number;
  readonly rowOffset: number;
  readonly rows: number;
  readonly columns: number;
}

export const blockBytes = (b: Block, bytesPerCell = BYTES_PER_CELL): number => b.rows * b.columns * bytesPerCell;

/** Cuts each used range into row blocks under the budget, then packs consecutive blocks into requests. */
export function planReads(sizes: readonly UsedSize[], budget = PAYLOAD_BUDGET, bytesPerCell = BYTES_PER_CELL): Block[][] {
  const blocks: Block[] = [];
  sizes.forEach((u, sheet) => {
    const perBlock = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(budget / Math.max(1, u.columns * bytesPerCell))));
    for (let r = 0; r < u.rows; r += perBlock) blocks.push({ sheet, rowOffset: r, rows: Math.min(perBlock, u.rows - r), columns: u.columns });
  });
  const packs: Block[][] = [];
  let pack: Block[] = [], bytes = 0;
  for (const b of blocks) {
    const size = blockBytes(b, bytesPerCell);
    if (pack.length > 0 && bytes + size > budget) {
      packs.push(pack);
      pack = [];
      bytes = 0;
    }
    pack.push(b);
    bytes += size;
  }
  if (pack.length > 0) packs.push(pack);
  return packs;
}

/** A request that was still too large, split in two (undefined when it is a single row and cannot shrink). */
export function splitPack(pack: readonly Block[]): [Block[], Block[]] | undefined {
  if (pack.length > 1) {
    const mid = Math.ceil(pack.length / 2);
    return [pack.slice(0, mid), pack.slice(mid)];
  }
  const b = pack[0];
  if (b === undefined || b.rows < 2) return undefined;
  const top = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: top }], [{ ...b, rowOffset: b.rowOffset + top, rows: b.rows - top }]];
}
