/**
 * What google.script.run can carry: JSON-like data only (no Date, no undefined-valued fields, no
 * functions). Every value returned to the sidebar goes through here.
 */
export function toPlain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
