import type { ContestSettings } from '@/api/schemas/contests';
import type { CommentRule, Criterion } from '@/api/schemas/criteria';
import type { CommentTopic } from './comment-phrases';
import { commentTopicOf } from './criteria';
import type { Rng } from './random';

/** The parts of a criterion the generator needs, flattened for the hot loops. */
export interface ScoringCriterion {
  id: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  mode: CommentRule['mode'];
  minLength: number;
  topic: CommentTopic | null;
}

export function scoringCriteria(criteria: readonly Criterion[]): ScoringCriterion[] {
  return criteria.map((c) => ({
    id: c.id,
    weight: c.weight,
    scaleMin: c.scaleMin,
    scaleMax: c.scaleMax,
    mode: c.comment.mode,
    minLength: c.comment.minLength,
    topic: commentTopicOf(c.id),
  }));
}

export type Scores = (number | null)[];

export function totalOf(scores: Scores, criteria: readonly ScoringCriterion[]): number | null {
  let total = 0;
  for (let i = 0; i < criteria.length; i++) {
    const score = scores[i];
    const c = criteria[i];
    if (score === null || score === undefined || c === undefined) return null;
    total += c.weight * score;
  }
  return total;
}

/**
 * An application's latent quality per criterion, 0..1. Experts score around it, so panels agree
 * on an application's strengths and weaknesses the way real panels mostly do.
 */
export function applicationProfile(rng: Rng, criterionCount: number): number[] {
  const base = 0.3 + 0.6 * ((rng.next() + rng.next() + rng.next()) / 3);
  const profile: number[] = [];
  for (let i = 0; i < criterionCount; i++) profile.push(base + (rng.next() - 0.5) * 0.24);
  return profile;
}

/** How one sheet of a panel is drawn. */
export interface SheetDraw {
  /** The expert's habitual leniency (+) or severity (−), as a share of the scale. */
  leniency: number;
  /** One score for every criterion: the straight-lining quality signal. */
  straight: boolean;
  /** Criteria scored so far, in order; the rest stay null (a draft in progress). */
  filled: number;
  /** Submitted sheets are the ones divergence is measured on. */
  submitted: boolean;
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

function drawSheet(
  rng: Rng,
  criteria: readonly ScoringCriterion[],
  profile: readonly number[],
  draw: SheetDraw,
  shift: number,
): Scores {
  const scores: Scores = new Array<number | null>(criteria.length);
  let mean = 0;
  for (const p of profile) mean += p;
  mean /= profile.length;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as ScoringCriterion;
    const range = c.scaleMax - c.scaleMin;
    const quality = draw.straight
      ? mean + draw.leniency + shift
      : (profile[i] ?? mean) + draw.leniency + shift + (rng.next() + rng.next() - 1) * 0.12;
    scores[i] = i < draw.filled ? c.scaleMin + Math.round(range * clamp01(quality)) : null;
  }
  return scores;
}

export type DivergenceRule = ContestSettings['divergence'];

/** The contest's divergence test on the submitted sheets of one application. */
export function isDivergent(
  panel: readonly Scores[],
  criteria: readonly ScoringCriterion[],
  maxTotal: number,
  rule: DivergenceRule,
): boolean {
  if (panel.length < 2) return false;
  let lo = Infinity;
  let hi = -Infinity;
  for (const scores of panel) {
    const total = totalOf(scores, criteria) ?? 0;
    if (total < lo) lo = total;
    if (total > hi) hi = total;
  }
  if (hi - lo > (maxTotal * rule.totalSpreadPercent) / 100) return true;
  const points = rule.criterionSpreadPoints;
  if (points === null) return false;
  for (let i = 0; i < criteria.length; i++) {
    let cLo = Infinity;
    let cHi = -Infinity;
    for (const scores of panel) {
      const v = scores[i] ?? 0;
      if (v < cLo) cLo = v;
      if (v > cHi) cHi = v;
    }
    if (cHi - cLo > points) return true;
  }
  return false;
}

/**
 * Scores for a whole panel. When `divergent`, one submitted sheet is pulled far from the others so
 * the application trips the contest's divergence rule; otherwise the panel is redrawn until it does
 * not, so the share of flagged applications is what the preset asked for.
 */
export function drawPanel(
  rng: Rng,
  criteria: readonly ScoringCriterion[],
  profile: readonly number[],
  draws: readonly SheetDraw[],
  divergent: boolean,
  maxTotal: number,
  rule: DivergenceRule,
): Scores[] {
  const submittedIndexes: number[] = [];
  draws.forEach((d, i) => {
    if (d.submitted) submittedIndexes.push(i);
  });
  const target = divergent && submittedIndexes.length >= 2;
  let mean = 0;
  for (const p of profile) mean += p;
  mean /= profile.length;
  let panel: Scores[] = [];
  for (let attempt = 0; attempt < 12; attempt++) {
    const outlier = target ? rng.pick(submittedIndexes) : -1;
    // Pull towards the side of the scale with room, so the outlier is not clipped back to the pack.
    const shift = (mean > 0.55 ? -1 : 1) * (0.4 + rng.next() * 0.15);
    panel = draws.map((d, i) => drawSheet(rng, criteria, profile, d, i === outlier ? shift : 0));
    const submitted = submittedIndexes.map((i) => panel[i] as Scores);
    if (submitted.length < 2 || isDivergent(submitted, criteria, maxTotal, rule) === target) return panel;
  }
  return panel;
}

/** Support above 60 % of the maximum, with the occasional expert who decides otherwise. */
export function recommendationFor(rng: Rng, total: number, maxTotal: number): 'support' | 'reject' {
  const support = total >= maxTotal * 0.6;
  return rng.chance(0.04) ? (support ? 'reject' : 'support') : support ? 'support' : 'reject';
}
