import type { Application } from '@/api/schemas/applications';
import type { Actor } from '@/api/schemas/common';
import type { RegionRule } from '@/api/schemas/contests';
import type { AssignmentStatus, RecusalReason } from '@/api/schemas/sheets';
import type { ExpertRow } from '../tables';
import type { Rng } from './random';

/** An expert as the planner sees them: row plus running load and scoring habits. */
export interface ExpertState {
  row: ExpertRow;
  /** Position in the comment bank's per-expert counters. */
  index: number;
  actor: Actor;
  affiliationInns: ReadonlySet<string>;
  expertise: ReadonlySet<string>;
  /** Active (not recused) assignments so far, across stages. */
  load: number;
  leniency: number;
  straightRate: number;
  fastRate: number;
  /** The named demo personas score carefully and are never used for planted quality signals. */
  named: boolean;
}

export interface AssignmentPlan {
  app: Application;
  expert: ExpertState;
  status: AssignmentStatus;
  /** Set by the scheduler. */
  createdAt: number;
  /** Index in the panel of the recused assignment this one replaces. */
  replaces: number | null;
  recusal: { reason: RecusalReason; text: string; at: number } | null;
  returnReason: string | null;
}

/** A named expert's queue: how many, in which statuses, with some applications fixed in advance. */
export interface NamedQueue {
  expert: ExpertState;
  statuses: readonly AssignmentStatus[];
  /** Application ID → status, for applications the demo wants in this queue (the seed card, hostile texts). */
  fixed: ReadonlyMap<string, AssignmentStatus>;
  returnReason: string;
}

export function hasConflict(expert: ExpertState, app: Application, regionRule: RegionRule): boolean {
  if (expert.affiliationInns.has(app.organization.inn)) return true;
  return regionRule === 'forbidSameRegion' && expert.row.region.code === app.region.code;
}

function emptyPlan(app: Application, expert: ExpertState, status: AssignmentStatus): AssignmentPlan {
  return { app, expert, status, createdAt: 0, replaces: null, recusal: null, returnReason: null };
}

/** Removes one occurrence of each fixed status so the remaining statuses can be dealt out. */
function remainingStatuses(
  statuses: readonly AssignmentStatus[],
  fixed: Iterable<AssignmentStatus>,
): AssignmentStatus[] {
  const left = statuses.slice();
  for (const status of fixed) {
    const at = left.indexOf(status);
    if (at < 0) throw new Error(`Fixed status ${status} is not in the queue plan`);
    left.splice(at, 1);
  }
  return left;
}

function planNamedQueue(
  rng: Rng,
  queue: NamedQueue,
  admitted: readonly Application[],
  panels: Map<string, AssignmentPlan[]>,
  regionRule: RegionRule,
): void {
  const { expert } = queue;
  const plans: AssignmentPlan[] = [];
  for (const [appId, status] of queue.fixed) {
    const app = admitted.find((a) => a.id === appId);
    if (app === undefined || hasConflict(expert, app, regionRule)) {
      throw new Error(`Application ${appId} cannot be fixed in ${expert.row.id}'s queue`);
    }
    plans.push(emptyPlan(app, expert, status));
  }
  const eligible = admitted.filter((a) => !queue.fixed.has(a.id) && !hasConflict(expert, a, regionRule));
  // Their own nominations first, in random order, so the queue looks like the expert's profile.
  const ranked = rng
    .shuffle(eligible)
    .map((app, order) => ({ app, key: (expert.expertise.has(app.nominationId) ? 0 : 10_000) + order }))
    .sort((a, b) => a.key - b.key);
  const statuses = rng.shuffle(remainingStatuses(queue.statuses, queue.fixed.values()));
  statuses.forEach((status, i) => {
    const pick = ranked[i];
    if (pick === undefined) throw new Error(`Not enough applications for ${expert.row.id}'s queue`);
    plans.push(emptyPlan(pick.app, expert, status));
  });
  for (const plan of plans) {
    if (plan.status === 'returned') plan.returnReason = queue.returnReason;
    if (plan.status !== 'recused') expert.load++;
    panels.get(plan.app.id)?.push(plan);
  }
}

function chooseExpert(
  rng: Rng,
  app: Application,
  panel: readonly AssignmentPlan[],
  pool: readonly ExpertState[],
  regionRule: RegionRule,
): ExpertState | null {
  const eligible = pool.filter((e) => !panel.some((p) => p.expert === e) && !hasConflict(e, app, regionRule));
  const underCap = eligible.filter((e) => e.load < e.row.loadCap);
  const candidates = underCap.length > 0 ? underCap : eligible;
  let best: ExpertState | null = null;
  let bestKey = Infinity;
  for (const e of candidates) {
    // Expertise first, then the least loaded relative to their cap, with jitter so ties spread.
    const key =
      (e.expertise.has(app.nominationId) ? 0 : 1) + (e.load / e.row.loadCap) * 0.8 + rng.next() * 0.2;
    if (key < bestKey) {
      bestKey = key;
      best = e;
    }
  }
  return best;
}

const GENERIC_STATUSES: readonly (readonly [AssignmentStatus, number])[] = [
  ['submitted', 80],
  ['draft', 7],
  ['new', 8],
  ['returned', 1.5],
  ['recused', 2.5],
];

/**
 * Who evaluates what. Named queues are dealt first, then every admitted application is filled up
 * to the contest's panel size from the pool; a recusal leaves the panel short, so a replacement is
 * added after it. No plan ever pairs an expert with a conflicting application.
 */
export function planPanels(
  rng: Rng,
  admitted: readonly Application[],
  named: readonly NamedQueue[],
  pool: readonly ExpertState[],
  panelSize: number,
  regionRule: RegionRule,
  returnReasons: readonly string[],
): Map<string, AssignmentPlan[]> {
  const panels = new Map<string, AssignmentPlan[]>(admitted.map((a) => [a.id, []]));
  for (const queue of named) planNamedQueue(rng, queue, admitted, panels, regionRule);

  for (const app of admitted) {
    const panel = panels.get(app.id) ?? [];
    let recusals = 0;
    const unreplaced: number[] = [];
    panel.forEach((p, i) => {
      if (p.status === 'recused') {
        recusals++;
        unreplaced.push(i);
      }
    });
    while (panel.filter((p) => p.status !== 'recused').length < panelSize) {
      const expert = chooseExpert(rng, app, panel, pool, regionRule);
      if (expert === null) break;
      let status = rng.weighted(GENERIC_STATUSES);
      // One recusal per application is plenty for the demo's reassignment flow.
      while (status === 'recused' && recusals > 0) status = rng.weighted(GENERIC_STATUSES);
      const plan = emptyPlan(app, expert, status);
      // Slots beyond the original panel exist only because someone recused.
      if (panel.length >= panelSize) plan.replaces = unreplaced.shift() ?? null;
      if (status === 'recused') {
        recusals++;
        unreplaced.push(panel.length);
      } else {
        expert.load++;
      }
      if (status === 'returned') plan.returnReason = rng.pick(returnReasons);
      panel.push(plan);
    }
  }
  return panels;
}
