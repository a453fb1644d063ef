import type { RankingRow } from '@/api/schemas/coordination';

/** A cut-line: everyone at or above a passing score, or the top N by rank order. */
export type Scenario = { kind: 'score'; value: number } | { kind: 'winners'; value: number };

const CODE = /^([pw])(\d{1,6}(?:\.\d{1,2})?)$/;

/** URL form: `p70` (passing score 70) or `w25` (25 winners). */
export function parseScenario(code: string): Scenario | null {
  const match = CODE.exec(code);
  if (match === null) return null;
  const value = Number(match[2]);
  if (match[1] === 'w') return Number.isInteger(value) ? { kind: 'winners', value } : null;
  return { kind: 'score', value };
}

export function scenarioCode(scenario: Scenario): string {
  return `${scenario.kind === 'score' ? 'p' : 'w'}${scenario.value}`;
}

export function sameScenario(a: Scenario, b: Scenario): boolean {
  return a.kind === b.kind && a.value === b.value;
}

/** The request the cut-line endpoint takes for a scenario. */
export function cutlineQuery(scenario: Scenario): { passingScore?: number; winners?: number } {
  return scenario.kind === 'score' ? { passingScore: scenario.value } : { winners: scenario.value };
}

/** Sums roubles as whole kopecks, so thousands of amounts add up without floating-point drift. */
export function sumRoubles(amounts: Iterable<number>): number {
  let kopecks = 0;
  for (const amount of amounts) kopecks += Math.round(amount * 100);
  return kopecks / 100;
}

/**
 * Where the divider goes between rows of the current view: after the last winner, when the rows are
 * in rank order (ascending or reversed) and unfiltered. Any other view has no single line to draw.
 */
export function dividerIndex(winners: number, total: number, sort: string, filtered: boolean): number | null {
  if (filtered || winners <= 0 || winners >= total) return null;
  if (sort === 'rank') return winners;
  if (sort === '-rank') return total - winners;
  return null;
}

/** The application at the line: the last one that still passes. */
export function marginalRow(rows: readonly RankingRow[]): RankingRow | null {
  return rows.at(-1) ?? null;
}
