import type { FieldError } from './sheet-validation';

export type CommentMode = 'always' | 'whenBelowMax' | 'never';

export interface CommentRule {
  mode: CommentMode;
  minLength: number;
}

/** An anchored band of the scale, inclusive on both ends («0–3: не раскрыто…»). */
export interface ScoreDescriptor {
  min: number;
  max: number;
  text: string;
}

export interface CriterionDef {
  id: string;
  title: string;
  description: string;
  scaleMin: number;
  scaleMax: number;
  weight: number;
  descriptors: ScoreDescriptor[];
  comment: CommentRule;
}

export const SCALE_LIMIT = 100;
export const WEIGHT_LIMIT = 100;
export const WEIGHT_DECIMALS = 2;
export const COMMENT_MIN_LENGTH_LIMIT = 2000;

const COMMENT_MODES: readonly string[] = ['always', 'whenBelowMax', 'never'];

/**
 * Weights carry at most two decimals (enforced by validateCriteriaStructure), so totals are computed
 * as integers in hundredths and divided once: 0.1 × 10 criteria × 10 points is exactly 10, not 9.999….
 */
export function weightInHundredths(weight: number): number {
  return Math.round(weight * 100);
}

export function maxTotal(criteria: readonly CriterionDef[]): number {
  let hundredths = 0;
  for (const c of criteria) hundredths += weightInHundredths(c.weight) * c.scaleMax;
  return hundredths / 100;
}

export function minTotal(criteria: readonly CriterionDef[]): number {
  let hundredths = 0;
  for (const c of criteria) hundredths += weightInHundredths(c.weight) * c.scaleMin;
  return hundredths / 100;
}

/** Bands may leave gaps, so a valid score can still have no descriptor. */
export function descriptorFor(criterion: CriterionDef, score: number | null): ScoreDescriptor | null {
  if (score === null) return null;
  for (const d of criterion.descriptors) {
    if (score >= d.min && score <= d.max) return d;
  }
  return null;
}

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  // Tolerance absorbs binary representation noise (0.29 × 100 = 28.999999999999996).
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function checkScaleBound(errors: FieldError[], field: string, value: number): boolean {
  if (!Number.isInteger(value)) {
    errors.push({ field, code: 'notInteger' });
    return false;
  }
  if (value < 0 || value > SCALE_LIMIT) {
    errors.push({ field, code: 'outOfRange', params: { min: 0, max: SCALE_LIMIT } });
    return false;
  }
  return true;
}

function checkWeight(errors: FieldError[], field: string, weight: number): void {
  const smallest = 10 ** -WEIGHT_DECIMALS;
  if (!Number.isFinite(weight) || weight <= 0 || weight > WEIGHT_LIMIT) {
    errors.push({ field, code: 'outOfRange', params: { min: smallest, max: WEIGHT_LIMIT } });
  } else if (!hasAtMostDecimals(weight, WEIGHT_DECIMALS)) {
    errors.push({ field, code: 'tooManyDecimals', params: { max: WEIGHT_DECIMALS } });
  }
}

function checkComment(errors: FieldError[], base: string, rule: CommentRule): void {
  if (!COMMENT_MODES.includes(rule.mode)) {
    errors.push({ field: `${base}.comment.mode`, code: 'invalidOption' });
  }
  const field = `${base}.comment.minLength`;
  if (!Number.isInteger(rule.minLength)) {
    errors.push({ field, code: 'notInteger' });
  } else if (rule.minLength < 0 || rule.minLength > COMMENT_MIN_LENGTH_LIMIT) {
    errors.push({ field, code: 'outOfRange', params: { min: 0, max: COMMENT_MIN_LENGTH_LIMIT } });
  }
}

function checkDescriptors(errors: FieldError[], base: string, c: CriterionDef, scaleOk: boolean): void {
  const usable: boolean[] = [];
  c.descriptors.forEach((d, j) => {
    const path = `${base}.descriptors.${j}`;
    let ok = true;
    for (const key of ['min', 'max'] as const) {
      const value = d[key];
      if (!Number.isInteger(value)) {
        errors.push({ field: `${path}.${key}`, code: 'notInteger' });
        ok = false;
      } else if (scaleOk && (value < c.scaleMin || value > c.scaleMax)) {
        errors.push({
          field: `${path}.${key}`,
          code: 'outOfRange',
          params: { min: c.scaleMin, max: c.scaleMax },
        });
        ok = false;
      }
    }
    if (ok && d.max < d.min) {
      errors.push({ field: `${path}.max`, code: 'rangeInverted', params: { min: d.min } });
      ok = false;
    }
    if (d.text.trim() === '') errors.push({ field: `${path}.text`, code: 'required' });
    // Overlap is only meaningful between well-formed bands; report it once, on the later band.
    if (ok) {
      for (let i = 0; i < j; i++) {
        const other = c.descriptors[i];
        if (usable[i] === true && other !== undefined && d.min <= other.max && other.min <= d.max) {
          errors.push({ field: path, code: 'descriptorOverlap', params: { with: i } });
          break;
        }
      }
    }
    usable.push(ok);
  });
}

/** Structural validation of a criteria set as the organizer edits it; errors come in list order. */
export function validateCriteriaStructure(criteria: readonly CriterionDef[]): FieldError[] {
  const errors: FieldError[] = [];
  if (criteria.length === 0) errors.push({ field: 'criteria', code: 'required' });
  const seenIds = new Set<string>();
  criteria.forEach((c, i) => {
    const base = `criteria.${i}`;
    if (c.id.trim() === '') errors.push({ field: `${base}.id`, code: 'required' });
    else if (seenIds.has(c.id)) errors.push({ field: `${base}.id`, code: 'duplicate' });
    seenIds.add(c.id);
    if (c.title.trim() === '') errors.push({ field: `${base}.title`, code: 'required' });
    const minOk = checkScaleBound(errors, `${base}.scaleMin`, c.scaleMin);
    const maxOk = checkScaleBound(errors, `${base}.scaleMax`, c.scaleMax);
    // A one-point scale cannot discriminate between applications, hence strictly min < max.
    const ordered = minOk && maxOk && c.scaleMin < c.scaleMax;
    if (minOk && maxOk && !ordered) {
      errors.push({ field: `${base}.scaleMax`, code: 'rangeInverted', params: { min: c.scaleMin } });
    }
    checkWeight(errors, `${base}.weight`, c.weight);
    checkDescriptors(errors, base, c, ordered);
    checkComment(errors, base, c.comment);
  });
  return errors;
}

function sameBands(a: readonly ScoreDescriptor[], b: readonly ScoreDescriptor[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((d, i) => {
    const other = b[i];
    return other !== undefined && d.min === other.min && d.max === other.max;
  });
}

/**
 * Whether an edit must be refused once a stage has submitted sheets (wording edits stay allowed).
 *
 * Structural: the list and order of ids, scales, weights — they change what a total means.
 * Also structural, by decision:
 * - the comment rule (mode and minimum length): a submitted sheet was validated against it, and
 *   changing it afterwards would make some submitted sheets invalid (or hold later experts to a
 *   different standard than earlier ones) while they all claim the same criteria version;
 * - descriptor band boundaries: experts anchored their scores to those bands, so moving them changes
 *   what an already-given score means. Descriptor texts, titles and descriptions are wording.
 */
export function isStructuralChange(before: readonly CriterionDef[], after: readonly CriterionDef[]): boolean {
  if (before.length !== after.length) return true;
  return before.some((b, i) => {
    const a = after[i];
    return (
      a === undefined ||
      a.id !== b.id ||
      a.scaleMin !== b.scaleMin ||
      a.scaleMax !== b.scaleMax ||
      a.weight !== b.weight ||
      a.comment.mode !== b.comment.mode ||
      a.comment.minLength !== b.comment.minLength ||
      !sameBands(b.descriptors, a.descriptors)
    );
  });
}
