import { compareIsoInstants } from './deadlines';
import type { ApplicationAggregate, PlainAggregationMethod, SubmittedSheet } from './aggregation';
import { reduceRange } from './total-reducers';

/**
 * Everything the aggregation methods need, gathered in one sequential pass over the sheets into
 * flat typed arrays. Reading sheets in input order (instead of jumping between applications) keeps
 * the 1.2 million criterion scores of a season cache-friendly.
 */
export interface StageAccumulation {
  applicationIds: string[];
  /** Totals of application a occupy [offsets[a], offsets[a + 1]) of `totals`. */
  offsets: Int32Array;
  /** Raw totals grouped by application. */
  totals: Float64Array;
  /** Each sheet's position in `totals`; −1 for sheets of applications not reported. */
  slotOfSheet: Int32Array;
  criterionCount: number;
  /** Indexed a × criterionCount + c. */
  criterionSums: Float64Array;
  criterionCounts: Int32Array;
  minTotal: Float64Array;
  maxTotal: Float64Array;
  /** Each application's latest submittedAt; undefined for none. */
  lastSubmittedAt: (string | undefined)[];
  largestGroup: number;
}

/** Position of each sheet's application in the reported list; −1 when it is not reported. */
function indexApplications(
  sheets: readonly SubmittedSheet[],
  applicationIds: readonly string[] | undefined,
): { ids: string[]; appOf: Int32Array } {
  // A null-prototype object rather than a Map: application ids are digit strings, which V8 keeps as
  // integer-indexed elements, about three times faster than Map lookups at 120,000 sheets.
  const index = Object.create(null) as Record<string, number>;
  const ids: string[] = [];
  for (const id of applicationIds ?? []) {
    if (index[id] === undefined) index[id] = ids.push(id) - 1;
  }
  const appOf = new Int32Array(sheets.length);
  let previousId: string | null = null;
  let previous = -1;
  for (let i = 0; i < sheets.length; i++) {
    const id = sheets[i]?.applicationId ?? '';
    // Sheets usually arrive sorted by application; consecutive ones skip the lookup.
    if (id !== previousId) {
      let a = index[id];
      if (a === undefined) {
        a = applicationIds === undefined ? ids.push(id) - 1 : -1;
        index[id] = a;
      }
      previousId = id;
      previous = a;
    }
    appOf[i] = previous;
  }
  return { ids, appOf };
}

export function accumulateStage(
  sheets: readonly SubmittedSheet[],
  criterionCount: number,
  applicationIds?: readonly string[],
): StageAccumulation {
  const { ids, appOf } = indexApplications(sheets, applicationIds);
  const appCount = ids.length;
  const offsets = new Int32Array(appCount + 1);
  for (let i = 0; i < appOf.length; i++) {
    const a = appOf[i] ?? -1;
    if (a >= 0) offsets[a + 1] = (offsets[a + 1] ?? 0) + 1;
  }
  let largestGroup = 0;
  for (let a = 0; a < appCount; a++) {
    const count = offsets[a + 1] ?? 0;
    if (count > largestGroup) largestGroup = count;
    offsets[a + 1] = (offsets[a] ?? 0) + count;
  }

  const C = criterionCount;
  const cursor = offsets.slice(0, appCount);
  const totals = new Float64Array(offsets[appCount] ?? 0);
  const slotOfSheet = new Int32Array(sheets.length);
  const criterionSums = new Float64Array(appCount * C);
  const criterionCounts = new Int32Array(appCount * C);
  const minTotal = new Float64Array(appCount).fill(Infinity);
  const maxTotal = new Float64Array(appCount).fill(-Infinity);
  const lastSubmittedAt = new Array<string | undefined>(appCount).fill(undefined);
  for (let i = 0; i < sheets.length; i++) {
    const a = appOf[i] ?? -1;
    const s = sheets[i];
    if (a < 0 || s === undefined) {
      slotOfSheet[i] = -1;
      continue;
    }
    const slot = cursor[a] ?? 0;
    cursor[a] = slot + 1;
    slotOfSheet[i] = slot;
    const total = s.total;
    totals[slot] = total;
    if (total < (minTotal[a] ?? Infinity)) minTotal[a] = total;
    if (total > (maxTotal[a] ?? -Infinity)) maxTotal[a] = total;
    const last = lastSubmittedAt[a];
    if (last === undefined || compareIsoInstants(s.submittedAt, last) > 0) lastSubmittedAt[a] = s.submittedAt;
    const scores = s.criterionScores;
    const m = scores.length < C ? scores.length : C;
    const base = a * C;
    for (let c = 0; c < m; c++) {
      const v = scores[c];
      if (v === undefined) continue;
      criterionSums[base + c] = (criterionSums[base + c] ?? 0) + v;
      criterionCounts[base + c] = (criterionCounts[base + c] ?? 0) + 1;
    }
  }
  return {
    applicationIds: ids,
    offsets,
    totals,
    slotOfSheet,
    criterionCount: C,
    criterionSums,
    criterionCounts,
    minTotal,
    maxTotal,
    lastSubmittedAt,
    largestGroup,
  };
}

/** Lays per-sheet values (z-score normalised totals) out in the accumulation's grouped order. */
export function groupPerSheet(acc: StageAccumulation, perSheet: Float64Array): Float64Array {
  const grouped = new Float64Array(acc.totals.length);
  for (let i = 0; i < perSheet.length; i++) {
    const slot = acc.slotOfSheet[i] ?? -1;
    if (slot >= 0) grouped[slot] = perSheet[i] ?? 0;
  }
  return grouped;
}

/** One row per reported application; `grouped` is acc.totals or a per-sheet transform of it. */
export function buildAggregates(
  acc: StageAccumulation,
  grouped: Float64Array,
  method: PlainAggregationMethod,
): ApplicationAggregate[] {
  // Locals, not acc.field, inside the loop: the JIT cannot always prove the fields unchanged.
  const {
    applicationIds,
    offsets,
    criterionCount: C,
    criterionSums,
    criterionCounts,
    minTotal,
    maxTotal,
  } = acc;
  const lastSubmittedAt = acc.lastSubmittedAt;
  const scratch = new Float64Array(Math.max(1, acc.largestGroup));
  const rows: ApplicationAggregate[] = new Array<ApplicationAggregate>(applicationIds.length);
  for (let a = 0; a < applicationIds.length; a++) {
    const start = offsets[a] ?? 0;
    const n = (offsets[a + 1] ?? 0) - start;
    const criterionMeans: (number | null)[] = [];
    for (let c = 0, k = a * C; c < C; c++, k++) {
      const count = criterionCounts[k] ?? 0;
      criterionMeans.push(count > 0 ? (criterionSums[k] ?? 0) / count : null);
    }
    rows[a] = {
      applicationId: applicationIds[a] ?? '',
      score: reduceRange(grouped, start, n, method, scratch),
      submittedCount: n,
      criterionMeans,
      spread: n === 0 ? null : (maxTotal[a] ?? 0) - (minTotal[a] ?? 0),
      lastSubmittedAt: lastSubmittedAt[a] ?? null,
    };
  }
  return rows;
}
