/** Population statistics of a set of totals. */
export interface TotalStats {
  mean: number;
  sd: number;
  n: number;
}

export interface PanelScale {
  mean: number;
  sd: number;
}

export interface ExpertTotal {
  expertId: string;
  total: number;
}

/**
 * Below this an expert's spread is rounding noise, not a personal scale: totals are multiples of
 * 0.01, so any real spread is far larger.
 */
const SD_EPSILON = 1e-9;

function finish(n: number, mean: number, m2: number): TotalStats {
  // Population sd (÷n): we describe the sheets actually given, not estimate a wider population;
  // with the same definition for the panel, an expert who is the whole panel maps onto themself.
  const sd = n > 0 ? Math.sqrt(m2 / n) : 0;
  return { mean, sd: sd < SD_EPSILON ? 0 : sd, n };
}

// Welford's update throughout: the naive Σx² − n·mean² cancels badly and turns "all totals equal"
// into a tiny non-zero sd, which would then blow normalised scores up.

export function describeTotals(totals: ArrayLike<number>): TotalStats {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < totals.length; i++) {
    const x = totals[i] ?? 0;
    n++;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  return finish(n, mean, m2);
}

export interface ExpertIndex {
  expertIds: string[];
  /** Indexed like expertIds. */
  stats: TotalStats[];
  /** For each sheet, its expert's position in expertIds. */
  expertOfSheet: Int32Array;
}

/** One hash lookup per sheet; the hot path then normalises by position, without further lookups. */
export function indexExpertStats(sheets: readonly ExpertTotal[]): ExpertIndex {
  const position = new Map<string, number>();
  const expertIds: string[] = [];
  const counts: number[] = [];
  const means: number[] = [];
  const m2s: number[] = [];
  const expertOfSheet = new Int32Array(sheets.length);
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    if (sheet === undefined) continue;
    let e = position.get(sheet.expertId);
    if (e === undefined) {
      e = expertIds.push(sheet.expertId) - 1;
      position.set(sheet.expertId, e);
      counts.push(0);
      means.push(0);
      m2s.push(0);
    }
    expertOfSheet[i] = e;
    const n = (counts[e] ?? 0) + 1;
    const mean = means[e] ?? 0;
    const delta = sheet.total - mean;
    const nextMean = mean + delta / n;
    counts[e] = n;
    means[e] = nextMean;
    m2s[e] = (m2s[e] ?? 0) + delta * (sheet.total - nextMean);
  }
  const stats = expertIds.map((_, e) => finish(counts[e] ?? 0, means[e] ?? 0, m2s[e] ?? 0));
  return { expertIds, stats, expertOfSheet };
}

/** Each expert's totals across all of their submitted sheets in the stage. */
export function buildExpertStats(sheets: readonly ExpertTotal[]): Map<string, TotalStats> {
  const { expertIds, stats } = indexExpertStats(sheets);
  const byExpert = new Map<string, TotalStats>();
  expertIds.forEach((id, e) => {
    const s = stats[e];
    if (s !== undefined) byExpert.set(id, s);
  });
  return byExpert;
}

/**
 * Maps a total onto the panel's scale: panel.mean + panel.sd × (total − expert.mean) / expert.sd.
 * An expert with fewer than two sheets, or who gave every application the same total, reveals no
 * personal scale to correct for; such totals (and totals of experts without stats) are kept raw,
 * which is already the panel's scale, rather than collapsed to the panel mean.
 */
export function normaliseTotal(total: number, expert: TotalStats | undefined, panel: PanelScale): number {
  if (expert === undefined || expert.n < 2 || expert.sd === 0) return total;
  return panel.mean + (panel.sd * (total - expert.mean)) / expert.sd;
}

export function zScoreNormalise(
  sheets: readonly ExpertTotal[],
  expertStats: ReadonlyMap<string, TotalStats>,
  panel: PanelScale,
): number[] {
  return sheets.map((s) => normaliseTotal(s.total, expertStats.get(s.expertId), panel));
}

/** Each sheet's total on the panel's scale, indexed like `sheets`; statistics default to the sheets' own. */
export function normalisedTotals(
  sheets: readonly ExpertTotal[],
  expertStats?: ReadonlyMap<string, TotalStats>,
  panel?: PanelScale,
): Float64Array {
  const raw = new Float64Array(sheets.length);
  for (let i = 0; i < sheets.length; i++) raw[i] = sheets[i]?.total ?? 0;
  const scale = panel ?? describeTotals(raw);
  const out = new Float64Array(sheets.length);
  if (expertStats !== undefined) {
    for (let i = 0; i < sheets.length; i++) {
      const s = sheets[i];
      if (s !== undefined) out[i] = normaliseTotal(s.total, expertStats.get(s.expertId), scale);
    }
    return out;
  }
  const { stats, expertOfSheet } = indexExpertStats(sheets);
  for (let i = 0; i < sheets.length; i++)
    out[i] = normaliseTotal(raw[i] ?? 0, stats[expertOfSheet[i] ?? 0], scale);
  return out;
}
