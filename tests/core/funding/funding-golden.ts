/**
 * The illustrative funding example's figures, computed by hand from the example data (see
 * src/seeds/example-workbook.ts): rates EUR 0.9412, USD 0.7968, GBP 1.0693, NOK 0.0784, each
 * conversion rounded once to the centime. Shared by the golden tests of the three hosts.
 */
export const GOLDEN_AS_OF = "2026-10-01";

// Contributions (CHF): A 150'000 | B EUR 100'000 × 0.9412 = 94'120 | C USD 80'000 × 0.7968 = 63'744
// | D NOK 500'000 × 0.0784 = 39'200 pledged, nothing received | E 60'000
// | F GBP 25'000 × 1.0693 = 26'732.50 pledged; GBP 12'345.67 × 1.0693 = 13'201.224931 → 13'201.22 received.
const pledgedCentimes = 15000000 + 9412000 + 6374400 + 3920000 + 6000000 + 2673250;
const receivedCentimes = 15000000 + 9412000 + 6374400 + 0 + 6000000 + 1320122;
const BUDGET = 514753;
export const FUNDING = {
  budget: BUDGET,
  pledged: pledgedCentimes / 100, // 433'796.50
  received: receivedCentimes / 100, // 381'065.22
  outstanding: (pledgedCentimes - receivedCentimes) / 100, // 52'731.28
  gap: (BUDGET * 100 - receivedCentimes) / 100, // 133'687.78
  pledgedGap: (BUDGET * 100 - pledgedCentimes) / 100, // 80'956.50
  contributors: 6,
};

// Ledger (CHF): Salaries 3 × 94'740; Social charges 3 × 18'948; Communication 4'500 + EUR 3'000 × 0.9412 = 2'823.60;
// Travel 3'250.40 + USD 2'400 × 0.7968 = 1'912.32 + 8'900; Other 5'600 + 2'100.
export const SPENT_BY_LINE: [string, number][] = [
  ["Salaries", 3 * 94740],
  ["Social charges", 3 * 18948],
  ["Communication", (450000 + 282360) / 100],
  ["Travel", (325040 + 191232 + 890000) / 100],
  ["Other implementation support costs", 5600 + 2100],
];
const spentCentimes = SPENT_BY_LINE.reduce((s, [, v]) => s + Math.round(v * 100), 0); // 37'015'032
// Ten months elapsed at 1 October 2026 (October counts): burn = spent ÷ 10, projected = spent × 12 ÷ 10.
export const EXECUTION = {
  budget: BUDGET,
  spent: spentCentimes / 100, // 370'150.32
  remaining: (BUDGET * 100 - spentCentimes) / 100,
  burnPerMonth: Math.round(spentCentimes / 10) / 100, // 37'015.03
  projectedYearEnd: Math.round((spentCentimes * 12) / 10) / 100, // 444'180.38
  // (received − spent) ÷ burn, two decimals: (38'106'522 − 37'015'032) ÷ 3'701'503 = 0.2948… → 0.29
  monthsOfCash: Math.round(((receivedCentimes - spentCentimes) / Math.round(spentCentimes / 10)) * 100) / 100,
};
