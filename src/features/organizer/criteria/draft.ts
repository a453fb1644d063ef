import type { CriteriaSet, Criterion } from '@/api/schemas/criteria';
import type { CommentMode } from '@/domain/criteria';

/**
 * The editor works on text, not numbers: what the organizer typed («1,5», «abc», «») stays in the
 * field until it is fixed, and validation can say exactly what is wrong with it. `key` is a local
 * identity that survives reordering; `id` is the server's (absent on a criterion not saved yet).
 */
export interface DraftBand {
  key: string;
  min: string;
  max: string;
  text: string;
}

export interface DraftCriterion {
  key: string;
  id: string | undefined;
  title: string;
  description: string;
  scaleMin: string;
  scaleMax: string;
  weight: string;
  descriptors: DraftBand[];
  commentMode: CommentMode;
  commentMinLength: string;
}

export interface DraftSet {
  title: string;
  criteria: DraftCriterion[];
}

export const MAX_CRITERIA = 50;

let counter = 0;
function nextKey(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

/** Decimal comma first: Russian users type «1,5». */
export function numberText(value: number): string {
  return String(value).replace('.', ',');
}

export function bandFrom(d: { min: number; max: number; text: string }): DraftBand {
  return { key: nextKey('b'), min: String(d.min), max: String(d.max), text: d.text };
}

export function criterionFrom(c: Criterion): DraftCriterion {
  return {
    key: nextKey('c'),
    id: c.id,
    title: c.title,
    description: c.description,
    scaleMin: String(c.scaleMin),
    scaleMax: String(c.scaleMax),
    weight: numberText(c.weight),
    descriptors: c.descriptors.map(bandFrom),
    commentMode: c.comment.mode,
    commentMinLength: String(c.comment.minLength),
  };
}

export function draftFrom(set: Pick<CriteriaSet, 'title' | 'criteria'>): DraftSet {
  return { title: set.title, criteria: set.criteria.map(criterionFrom) };
}

/** The product's defaults: a 0–10 scale, weight 1, every deducted point justified. */
export function newCriterion(): DraftCriterion {
  return {
    key: nextKey('c'),
    id: undefined,
    title: '',
    description: '',
    scaleMin: '0',
    scaleMax: '10',
    weight: '1',
    descriptors: [],
    commentMode: 'whenBelowMax',
    commentMinLength: '30',
  };
}

export function newBand(criterion: DraftCriterion): DraftBand {
  // Continues after the last band, so adding bands one after another fills the scale upwards.
  const last = criterion.descriptors.at(-1);
  const lastMax = last === undefined ? null : parseInteger(last.max);
  const scaleMin = parseInteger(criterion.scaleMin) ?? 0;
  const start = lastMax === null ? scaleMin : lastMax + 1;
  return { key: nextKey('b'), min: String(start), max: String(start), text: '' };
}

export function emptyDraft(): DraftSet {
  return { title: '', criteria: [newCriterion()] };
}

const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

/** A number as typed: «1,5» and «1.5» both read; anything else is null. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

export function parseInteger(text: string): number | null {
  const value = parseNumber(text);
  return value !== null && Number.isInteger(value) ? value : null;
}
