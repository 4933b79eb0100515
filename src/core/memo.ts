/**
 * A bounded memo for parsers of cell text: work plans repeat the same strings ("Ongoing",
 * "LAP Actions #38 to #42") thousands of times. When full it starts over, so memory stays bounded.
 */
export function memoByText<T>(parse: (text: string) => T, capacity = 20_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string) => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      v = parse(text);
      if (cache.size >= capacity) cache = new Map();
      cache.set(text, v);
    }
    return v as T;
  };
}
