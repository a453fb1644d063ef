import type { Application } from '@/api/schemas/applications';
import type { ExpertRow } from '../tables';
import type { Rng } from './random';

/** The conflict facts the season planner checks, precomputed per expert. */
export interface SeasonExpert {
  row: ExpertRow;
  index: number;
  regionCode: string;
  affiliationInns: ReadonlySet<string>;
}

export function seasonConflict(expert: SeasonExpert, app: Application): boolean {
  return expert.regionCode === app.region.code || expert.affiliationInns.has(app.organization.inn);
}

/**
 * Round-robin through each nomination's expert pool: every expert ends up with the same load
 * (±1), skipping anyone in conflict or already on the panel. `preassigned` holds the named
 * experts' applications, which then need one pool expert fewer.
 */
export function seasonPanels(
  rng: Rng,
  applications: readonly Application[],
  poolsByNomination: ReadonlyMap<string, SeasonExpert[]>,
  preassigned: ReadonlyMap<string, SeasonExpert[]>,
  panelSize: number,
): SeasonExpert[][] {
  const cursors = new Map<string, number>();
  for (const [nominationId, pool] of poolsByNomination)
    cursors.set(nominationId, rng.int(0, pool.length - 1));
  const panels: SeasonExpert[][] = new Array<SeasonExpert[]>(applications.length);
  for (let i = 0; i < applications.length; i++) {
    const app = applications[i] as Application;
    const pool = poolsByNomination.get(app.nominationId);
    if (pool === undefined || pool.length < panelSize)
      throw new Error(`No expert pool for ${app.nominationId}`);
    const panel = (preassigned.get(app.id) ?? []).slice();
    let cursor = cursors.get(app.nominationId) ?? 0;
    for (let tries = 0; panel.length < panelSize && tries < pool.length; tries++) {
      const candidate = pool[cursor % pool.length] as SeasonExpert;
      cursor++;
      if (panel.includes(candidate) || seasonConflict(candidate, app)) continue;
      panel.push(candidate);
    }
    if (panel.length < panelSize) throw new Error(`Could not staff application ${app.id}`);
    cursors.set(app.nominationId, cursor % pool.length);
    panels[i] = panel;
  }
  return panels;
}

/** Splits `count` experts over nominations in proportion to their application counts. */
export function proportionalSplit(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * count);
  const shares = exact.map(Math.floor);
  let left = count - shares.reduce((a, b) => a + b, 0);
  // Largest remainders get the leftovers, so the split is stable and sums exactly.
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}
