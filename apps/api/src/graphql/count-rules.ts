/** How lists count their rows (see `count.ts`); plain values, so benchmarks can use them too. */

/** Counting stops here: past it a screen shows "more than 10,000". */
export const COUNT_CAP = 10_000;
/**
 * Above this many estimated rows nothing is counted and the estimate is the answer: counting reads
 * every match (a count up to 10,000 of a word found 16,000 times costs as much as the page).
 */
export const ESTIMATE_ABOVE = COUNT_CAP;

/** Two significant digits: an estimate does not pretend to be precise. */
export function roundEstimate(n: number): number {
  if (n < 100) {
    return Math.round(n);
  }
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
