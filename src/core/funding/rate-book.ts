import { a1 } from "../a1";
import type { RateRecord } from "../kinds/rates";
import { convertMinor, parseRate, Rate, rateIsPositive } from "../parse/rate";
import type { DetectedTable } from "../table";

/** Where a rate came from, for the rollup and messages. */
export interface RateEntry {
  readonly currency: string;
  readonly rate: Rate;
  /** "settings", or the rate table's cell "Rates!B3". */
  readonly source: string;
}

export type Conversion =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly currency: string };

/**
 * The run's exchange rates into one base currency (the budget's). Settings win over rate tables; the
 * first valid line of a currency wins among tables (a duplicate or an invalid rate is a finding, not a
 * silent choice). Converting rounds once, to the centime, half away from zero (parse/rate.ts).
 */
export class RateBook {
  private readonly rates = new Map<string, RateEntry>();

  constructor(readonly base: string, tables: readonly { table: DetectedTable; records: readonly RateRecord[] }[], settings: Readonly<Record<string, number | string>>) {
    for (const { table, records } of tables)
      for (const r of records)
        if (r.rate.kind === "rate" && rateIsPositive(r.rate.rate) && r.currency !== "" && !this.rates.has(r.currency))
          this.rates.set(r.currency, { currency: r.currency, rate: r.rate.rate, source: `${table.sheet}!${a1(r.row, table.columns.rate)}` });
    for (const [currency, value] of Object.entries(settings)) {
      const p = parseRate(value);
      if (p.ok && rateIsPositive(p.value)) this.rates.set(currency, { currency, rate: p.value, source: "settings" });
    }
  }

  has(currency: string): boolean {
    return currency === this.base || this.rates.has(currency);
  }

  entry(currency: string): RateEntry | undefined {
    return this.rates.get(currency);
  }

  /** An amount in `currency` as base minor units; the base currency passes through unchanged. */
  convert(minor: number, currency: string): Conversion {
    if (currency === "" || currency === this.base) return { ok: true, minor };
    const e = this.rates.get(currency);
    if (!e) return { ok: false, currency };
    const out = convertMinor(minor, e.rate);
    return out === undefined ? { ok: false, currency } : { ok: true, minor: out };
  }
}
