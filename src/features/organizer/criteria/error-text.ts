import type { TFunction } from 'i18next';
import type { DraftSet } from './draft';
import type { EditorError } from './validation';

type FieldKind =
  | 'setTitle'
  | 'list'
  | 'title'
  | 'description'
  | 'scaleMin'
  | 'scaleMax'
  | 'weight'
  | 'commentMode'
  | 'commentMinLength'
  | 'band'
  | 'min'
  | 'max'
  | 'text'
  | 'other';

const CRITERION_FIELDS: Record<string, FieldKind> = {
  title: 'title',
  description: 'description',
  scaleMin: 'scaleMin',
  scaleMax: 'scaleMax',
  weight: 'weight',
  'comment.mode': 'commentMode',
  'comment.minLength': 'commentMinLength',
};

interface Located {
  kind: FieldKind;
  criterion: number | null;
  band: number | null;
}

function locate(draft: DraftSet, address: string): Located {
  if (address === 'title') return { kind: 'setTitle', criterion: null, band: null };
  if (address === 'criteria') return { kind: 'list', criterion: null, band: null };
  const [ck, ...rest] = address.split('.');
  const index = draft.criteria.findIndex((c) => c.key === ck);
  const criterion = draft.criteria[index];
  if (criterion === undefined) return { kind: 'other', criterion: null, band: null };
  if (rest[0] === 'descriptors') {
    const band = criterion.descriptors.findIndex((b) => b.key === rest[1]);
    const sub = rest[2];
    const kind: FieldKind = sub === 'min' || sub === 'max' || sub === 'text' ? sub : 'band';
    return { kind, criterion: index, band: band < 0 ? null : band };
  }
  return { kind: CRITERION_FIELDS[rest.join('.')] ?? 'other', criterion: index, band: null };
}

function num(params: EditorError['params'], key: string): number | string {
  return params?.[key] ?? '';
}

/** A code (+ the field it is on) in the organizer's words; unknown codes fall back to the server's text. */
function messageOf(t: TFunction, kind: FieldKind, error: EditorError): string {
  const p = error.params;
  switch (error.code) {
    case 'required':
      if (kind === 'setTitle') return t('organizer.criteria.errors.setTitleRequired');
      if (kind === 'list') return t('organizer.criteria.errors.criteriaRequired');
      if (kind === 'title') return t('organizer.criteria.errors.titleRequired');
      if (kind === 'weight') return t('organizer.criteria.errors.weightRequired');
      if (kind === 'text') return t('organizer.criteria.errors.bandTextRequired');
      return t('organizer.criteria.errors.numberRequired');
    case 'notNumber':
      return kind === 'weight'
        ? t('organizer.criteria.errors.weightNotNumber')
        : t('organizer.criteria.errors.notInteger');
    case 'notInteger':
      return t('organizer.criteria.errors.notInteger');
    case 'invalidType':
      return kind === 'weight'
        ? t('organizer.criteria.errors.weightNotNumber')
        : (error.serverMessage ?? t('organizer.criteria.errors.invalid'));
    case 'outOfRange':
    case 'tooSmall':
    case 'tooLarge':
      if (kind === 'weight') return t('organizer.criteria.errors.weightRange', { max: 100 });
      if (kind === 'scaleMin' || kind === 'scaleMax')
        return t('organizer.criteria.errors.scaleRange', { min: 0, max: 100 });
      if (kind === 'min' || kind === 'max')
        return t('organizer.criteria.errors.bandOutside', { min: num(p, 'min'), max: num(p, 'max') });
      if (kind === 'commentMinLength')
        return t('organizer.criteria.errors.minLengthRange', { min: 0, max: 2000 });
      return error.serverMessage ?? t('organizer.criteria.errors.invalid');
    case 'tooManyDecimals':
      return t('organizer.criteria.errors.weightDecimals', { max: num(p, 'max') });
    case 'rangeInverted':
      return kind === 'scaleMax'
        ? t('organizer.criteria.errors.scaleInverted', { min: num(p, 'min') })
        : t('organizer.criteria.errors.bandInverted', { min: num(p, 'min') });
    case 'descriptorOverlap': {
      const other = p?.with;
      // Validation numbers bands from 0; people count from 1.
      return t('organizer.criteria.errors.bandOverlap', { n: typeof other === 'number' ? other + 1 : '' });
    }
    case 'tooLong':
      return t('organizer.criteria.errors.tooLong', { max: num(p, 'max') });
    case 'tooMany':
      return t('organizer.criteria.errors.tooMany', { max: num(p, 'max') });
    case 'duplicate':
      return t('organizer.criteria.errors.duplicate');
    default:
      return error.serverMessage ?? t('organizer.criteria.errors.invalid');
  }
}

function fieldName(t: TFunction, kind: FieldKind): string {
  switch (kind) {
    case 'title':
      return t('organizer.criteria.errors.fieldTitle');
    case 'description':
      return t('organizer.criteria.errors.fieldDescription');
    case 'scaleMin':
      return t('organizer.criteria.errors.fieldScaleMin');
    case 'scaleMax':
      return t('organizer.criteria.errors.fieldScaleMax');
    case 'weight':
      return t('organizer.criteria.errors.fieldWeight');
    case 'commentMode':
      return t('organizer.criteria.errors.fieldCommentMode');
    case 'commentMinLength':
      return t('organizer.criteria.errors.fieldCommentMinLength');
    case 'min':
      return t('organizer.criteria.errors.fieldMin');
    case 'max':
      return t('organizer.criteria.errors.fieldMax');
    case 'text':
      return t('organizer.criteria.errors.fieldText');
    default:
      return '';
  }
}

function whereOf(t: TFunction, at: Located): string {
  if (at.kind === 'setTitle') return t('organizer.criteria.errors.whereSet');
  if (at.criterion === null) return t('organizer.criteria.errors.whereList');
  const n = at.criterion + 1;
  if (at.band !== null) {
    const band = at.band + 1;
    return at.kind === 'band'
      ? t('organizer.criteria.errors.whereBand', { n, band })
      : t('organizer.criteria.errors.whereBandField', { n, band, field: fieldName(t, at.kind) });
  }
  return t('organizer.criteria.errors.whereCriterion', { n, field: fieldName(t, at.kind) });
}

export interface ShownError {
  address: string;
  /** Next to the field. */
  inline: string;
  /** In the summary: where, then what. */
  summary: string;
}

export function describeErrors(t: TFunction, draft: DraftSet, errors: readonly EditorError[]): ShownError[] {
  const seen = new Set<string>();
  const shown: ShownError[] = [];
  for (const error of errors) {
    // One message per field: the first is the one to fix first.
    if (seen.has(error.address)) continue;
    seen.add(error.address);
    const at = locate(draft, error.address);
    const inline = messageOf(t, at.kind, error);
    shown.push({
      address: error.address,
      inline,
      summary: t('organizer.criteria.errors.item', { where: whereOf(t, at), message: inline }),
    });
  }
  return shown;
}
