import type { CriterionInput } from '@/api/schemas/criteria-inputs';
import type { FieldError as ApiFieldError } from '@/api/schemas/common';
import {
  WEIGHT_DECIMALS,
  WEIGHT_LIMIT,
  maxTotal,
  validateCriteriaStructure,
  type CriterionDef,
} from '@/domain/criteria';
import { parseInteger, parseNumber, type DraftCriterion, type DraftSet } from './draft';

/**
 * Where an error sits in the editor, by local keys rather than list positions, so errors stay on
 * their field while criteria are reordered: `title`, `criteria`, `<ck>.weight`,
 * `<ck>.descriptors.<bk>.max`, `<ck>.descriptors.<bk>` (a band as a whole, e.g. an overlap).
 */
export type ErrorAddress = string;

export interface EditorError {
  address: ErrorAddress;
  code: string;
  params?: Record<string, number | string>;
  /** The server's own wording, used when the code is one the editor does not know. */
  serverMessage?: string;
}

const FIELD_ORDER = ['title', 'description', 'scaleMin', 'scaleMax', 'weight', 'descriptors', 'comment'];

/** `criteria.2.descriptors.1.max` (positions, as validation and the server speak) → the editor's address. */
export function addressOf(draft: DraftSet, path: string): ErrorAddress {
  const parts = path.split('.');
  if (parts[0] !== 'criteria' || parts.length < 2) return path;
  const criterion = draft.criteria[Number(parts[1])];
  if (criterion === undefined) return 'criteria';
  const rest = parts.slice(2);
  if (rest[0] === 'descriptors' && rest.length >= 2) {
    const band = criterion.descriptors[Number(rest[1])];
    if (band === undefined) return `${criterion.key}.descriptors`;
    return [criterion.key, 'descriptors', band.key, ...rest.slice(2)].join('.');
  }
  return rest.length === 0 ? criterion.key : [criterion.key, ...rest].join('.');
}

/** The DOM id of the field an address names; errors link and move focus there. */
export function domIdOf(address: ErrorAddress): string {
  return `cs-${address.replace(/\./g, '-')}`;
}

function readNumber(errors: EditorError[], address: ErrorAddress, text: string, integer: boolean): number {
  if (text.trim() === '') {
    errors.push({ address, code: 'required' });
    return Number.NaN;
  }
  const value = integer ? parseInteger(text) : parseNumber(text);
  if (value === null) {
    const number = parseNumber(text);
    errors.push({ address, code: number === null ? 'notNumber' : 'notInteger' });
    return Number.NaN;
  }
  return value;
}

function toDef(c: DraftCriterion, errors: EditorError[]): CriterionDef {
  return {
    id: c.id ?? `new:${c.key}`,
    title: c.title,
    description: c.description,
    scaleMin: readNumber(errors, `${c.key}.scaleMin`, c.scaleMin, true),
    scaleMax: readNumber(errors, `${c.key}.scaleMax`, c.scaleMax, true),
    weight: readNumber(errors, `${c.key}.weight`, c.weight, false),
    descriptors: c.descriptors.map((b) => ({
      min: readNumber(errors, `${c.key}.descriptors.${b.key}.min`, b.min, true),
      max: readNumber(errors, `${c.key}.descriptors.${b.key}.max`, b.max, true),
      text: b.text,
    })),
    // Kept even under «never»: dropping it would change the rule, a structural edit on a frozen set.
    comment: {
      mode: c.commentMode,
      minLength: readNumber(errors, `${c.key}.comment.minLength`, c.commentMinLength, true),
    },
  };
}

function rank(draft: DraftSet, address: ErrorAddress): number[] {
  if (address === 'title') return [-2];
  if (address === 'criteria') return [-1];
  const [ck = '', field = '', bk, sub] = address.split('.');
  const index = draft.criteria.findIndex((c) => c.key === ck);
  const criterion = draft.criteria[index];
  const band = criterion?.descriptors.findIndex((b) => b.key === bk) ?? -1;
  return [index, FIELD_ORDER.indexOf(field), band, ['min', 'max', 'text'].indexOf(sub ?? '')];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export interface Checked {
  errors: EditorError[];
  criteria: CriterionInput[];
}

/**
 * Reads the draft as the server will: the domain's own structural rules (the mock server runs the
 * same function), plus what only text fields can get wrong (empty, not a number). A typing error
 * replaces the domain's verdict on the same field, which could only say "out of range" about it.
 */
export function checkDraft(draft: DraftSet): Checked {
  const parseErrors: EditorError[] = [];
  if (draft.title.trim() === '') parseErrors.push({ address: 'title', code: 'required' });
  const defs = draft.criteria.map((c) => toDef(c, parseErrors));
  const typed = new Set(parseErrors.map((e) => e.address));
  const domainErrors: EditorError[] = validateCriteriaStructure(defs)
    .map((e) => ({
      address: addressOf(draft, e.field),
      code: e.code,
      ...(e.params ? { params: e.params } : {}),
    }))
    .filter((e) => !typed.has(e.address));
  const errors = [...parseErrors, ...domainErrors].sort((a, b) =>
    compareRanks(rank(draft, a.address), rank(draft, b.address)),
  );
  const criteria = draft.criteria.map((c, i): CriterionInput => {
    const def = defs[i] ?? toDef(c, []);
    const input: CriterionInput = {
      title: def.title.trim(),
      description: def.description,
      scaleMin: def.scaleMin,
      scaleMax: def.scaleMax,
      weight: def.weight,
      descriptors: def.descriptors,
      comment: def.comment,
    };
    return c.id === undefined ? input : { ...input, id: c.id };
  });
  return { errors, criteria };
}

/** The server's 422 field errors, placed on the editor's fields. */
export function serverErrors(draft: DraftSet, errors: readonly ApiFieldError[]): EditorError[] {
  return errors.map((e) => ({
    address: addressOf(draft, e.field),
    code: e.code,
    serverMessage: e.message,
    ...(e.params ? { params: e.params } : {}),
  }));
}

/** A weight validation would accept; a total built on any other would be a number that cannot be saved. */
function usableWeight(weight: number): boolean {
  const hundredths = weight * 10 ** WEIGHT_DECIMALS;
  return weight > 0 && weight <= WEIGHT_LIMIT && Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
}

/** Σ weight × max while typing; null while some weight or maximum is not a usable number yet. */
export function liveMaxTotal(draft: DraftSet): number | null {
  const defs: CriterionDef[] = [];
  for (const c of draft.criteria) {
    const weight = parseNumber(c.weight);
    const max = parseInteger(c.scaleMax);
    if (weight === null || max === null || !usableWeight(weight)) return null;
    defs.push({ ...criterionShape, weight, scaleMax: max });
  }
  return maxTotal(defs);
}

const criterionShape: CriterionDef = {
  id: '',
  title: '',
  description: '',
  scaleMin: 0,
  scaleMax: 0,
  weight: 0,
  descriptors: [],
  comment: { mode: 'never', minLength: 0 },
};
