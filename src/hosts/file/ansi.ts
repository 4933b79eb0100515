/** Text styles for the terminal; all identity functions when colour is off (pipes, files, --no-color). */
export interface Styles {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly green: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => (s === "" ? s : `\u001b[${open}m${s}\u001b[${close}m`);
const plain = (s: string) => s;

export function styles(color: boolean): Styles {
  if (!color) return { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39) };
}

/** Colour on only for a terminal, never with --no-color or the NO_COLOR convention. */
export function useColor(isTTY: boolean | undefined, flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (flag === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return false;
  return isTTY === true && env.TERM !== "dumb";
}
