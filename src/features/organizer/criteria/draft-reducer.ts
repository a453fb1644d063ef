import { arrayMove } from '../shared/reorder';
import { MAX_CRITERIA, newBand, type DraftBand, type DraftCriterion, type DraftSet } from './draft';

export type CriterionField =
  'title' | 'description' | 'scaleMin' | 'scaleMax' | 'weight' | 'commentMode' | 'commentMinLength';
export type BandField = 'min' | 'max' | 'text';

export type DraftAction =
  | { type: 'titleChanged'; value: string }
  | { type: 'criterionChanged'; key: string; field: CriterionField; value: string }
  | { type: 'criterionAdded'; criterion: DraftCriterion }
  | { type: 'criterionRemoved'; key: string }
  | { type: 'criterionMoved'; key: string; by: -1 | 1 }
  | { type: 'bandAdded'; key: string }
  | { type: 'bandRemoved'; key: string; bandKey: string }
  | { type: 'bandChanged'; key: string; bandKey: string; field: BandField; value: string }
  | { type: 'replaced'; draft: DraftSet }
  /** After a save: criteria that were new get the ids the server gave them (by local key). */
  | { type: 'idsAssigned'; ids: Readonly<Record<string, string>> };

function updateCriterion(
  draft: DraftSet,
  key: string,
  update: (c: DraftCriterion) => DraftCriterion,
): DraftSet {
  return { ...draft, criteria: draft.criteria.map((c) => (c.key === key ? update(c) : c)) };
}

function updateBand(c: DraftCriterion, bandKey: string, update: (b: DraftBand) => DraftBand): DraftCriterion {
  return { ...c, descriptors: c.descriptors.map((b) => (b.key === bandKey ? update(b) : b)) };
}

export function draftReducer(draft: DraftSet, action: DraftAction): DraftSet {
  switch (action.type) {
    case 'titleChanged':
      return { ...draft, title: action.value };
    case 'criterionChanged':
      return updateCriterion(draft, action.key, (c) => ({ ...c, [action.field]: action.value }));
    case 'criterionAdded':
      if (draft.criteria.length >= MAX_CRITERIA) return draft;
      return { ...draft, criteria: [...draft.criteria, action.criterion] };
    case 'criterionRemoved':
      return { ...draft, criteria: draft.criteria.filter((c) => c.key !== action.key) };
    case 'criterionMoved': {
      const from = draft.criteria.findIndex((c) => c.key === action.key);
      return { ...draft, criteria: arrayMove(draft.criteria, from, from + action.by) };
    }
    case 'bandAdded':
      return updateCriterion(draft, action.key, (c) => ({
        ...c,
        descriptors: [...c.descriptors, newBand(c)],
      }));
    case 'bandRemoved':
      return updateCriterion(draft, action.key, (c) => ({
        ...c,
        descriptors: c.descriptors.filter((b) => b.key !== action.bandKey),
      }));
    case 'bandChanged':
      return updateCriterion(draft, action.key, (c) =>
        updateBand(c, action.bandKey, (b) => ({ ...b, [action.field]: action.value })),
      );
    case 'replaced':
      return action.draft;
    case 'idsAssigned':
      return {
        ...draft,
        criteria: draft.criteria.map((c) =>
          c.id === undefined && action.ids[c.key] ? { ...c, id: action.ids[c.key] } : c,
        ),
      };
  }
}
