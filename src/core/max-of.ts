/**
 * The largest (smallest) of many numbers without spreading them into Math.max's arguments: a spread
 * puts every value on the call stack, which overflows past about 120,000 values in Node and sooner in
 * hosts with smaller stacks (Apps Script). `floor` is the answer for no values, and a lower bound.
 */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, ceiling: number): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Appends every item of `items` to `list` (push(...items) has the same stack limit). */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
