import type { PlainAggregationMethod } from './aggregation';

/**
 * Gaps equal up to float noise (7.3 − 6.3 vs 8.3 − 7.3) count as equal; real totals differ by at
 * least 0.01.
 */
const GAP_EPSILON = 1e-9;

/** Tiny arrays (2–5 totals per application): insertion sort beats the generic sort's overhead. */
function sortPrefix(values: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = values[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (values[j] ?? 0) > v) {
      values[j + 1] = values[j] ?? 0;
      j--;
    }
    values[j + 1] = v;
  }
}

/**
 * Reduces values[start … start + n − 1] without modifying them (`scratch` holds the sorted copy and
 * must fit n values); null when n is 0.
 * closestPair is the mean of the two totals with the smallest difference; when pairs are equally
 * close, the pair with the higher mean wins — doubt resolved in the applicant's favour, as with a
 * median that leans up. With one total it is that total.
 */
export function reduceRange(
  values: Float64Array,
  start: number,
  n: number,
  method: PlainAggregationMethod,
  scratch: Float64Array,
): number | null {
  if (n === 0) return null;
  if (method === 'mean') {
    let sum = 0;
    for (let i = start; i < start + n; i++) sum += values[i] ?? 0;
    return sum / n;
  }
  for (let i = 0; i < n; i++) scratch[i] = values[start + i] ?? 0;
  sortPrefix(scratch, n);
  if (method === 'median') {
    const mid = n >> 1;
    return n % 2 === 1 ? (scratch[mid] ?? 0) : ((scratch[mid - 1] ?? 0) + (scratch[mid] ?? 0)) / 2;
  }
  if (n === 1) return scratch[0] ?? 0;
  // In sorted order the closest pair is always adjacent; scanning upwards and accepting equal gaps
  // leaves the highest-mean pair among equally close ones.
  let best = 0;
  let bestGap = Infinity;
  for (let i = 0; i + 1 < n; i++) {
    const gap = (scratch[i + 1] ?? 0) - (scratch[i] ?? 0);
    if (gap <= bestGap + GAP_EPSILON) {
      best = i;
      bestGap = Math.min(gap, bestGap);
    }
  }
  return ((scratch[best] ?? 0) + (scratch[best + 1] ?? 0)) / 2;
}
