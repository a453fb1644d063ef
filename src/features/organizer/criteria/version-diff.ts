import type { Criterion } from '@/api/schemas/criteria';

export type CriterionChangeKind =
  | 'added'
  | 'removed'
  | 'moved'
  | 'renamed'
  | 'description'
  | 'descriptorTexts'
  | 'scale'
  | 'weight'
  | 'comment'
  | 'bands';

export interface CriterionChange {
  kind: CriterionChangeKind;
  /** The criterion's title after the change (before it, for a removed one). */
  title: string;
  /** The old title, for a renamed criterion. */
  from?: string;
}

function bandsOf(c: Criterion): string {
  return c.descriptors.map((d) => `${d.min}-${d.max}`).join(',');
}

function textsOf(c: Criterion): string {
  return c.descriptors.map((d) => d.text).join('\u0000');
}

function changesOf(before: Criterion, after: Criterion): CriterionChange[] {
  const title = after.title;
  const changes: CriterionChange[] = [];
  if (before.title !== after.title) changes.push({ kind: 'renamed', title, from: before.title });
  if (before.description !== after.description) changes.push({ kind: 'description', title });
  if (before.scaleMin !== after.scaleMin || before.scaleMax !== after.scaleMax)
    changes.push({ kind: 'scale', title });
  if (before.weight !== after.weight) changes.push({ kind: 'weight', title });
  if (before.comment.mode !== after.comment.mode || before.comment.minLength !== after.comment.minLength)
    changes.push({ kind: 'comment', title });
  if (bandsOf(before) !== bandsOf(after)) changes.push({ kind: 'bands', title });
  else if (textsOf(before) !== textsOf(after)) changes.push({ kind: 'descriptorTexts', title });
  return changes;
}

/** What one version changed against the previous one, criterion by criterion (matched by id). */
export function diffCriteria(before: readonly Criterion[], after: readonly Criterion[]): CriterionChange[] {
  const previous = new Map(before.map((c) => [c.id, c]));
  const kept = new Set(after.map((c) => c.id));
  // Order is compared among the criteria both versions have, so one insertion does not "move" the rest.
  const orderBefore = before.filter((c) => kept.has(c.id)).map((c) => c.id);
  const orderAfter = after.filter((c) => previous.has(c.id)).map((c) => c.id);
  const changes: CriterionChange[] = [];
  for (const c of after) {
    const old = previous.get(c.id);
    if (old === undefined) {
      changes.push({ kind: 'added', title: c.title });
      continue;
    }
    if (orderBefore.indexOf(c.id) !== orderAfter.indexOf(c.id))
      changes.push({ kind: 'moved', title: c.title });
    changes.push(...changesOf(old, c));
  }
  for (const c of before) if (!kept.has(c.id)) changes.push({ kind: 'removed', title: c.title });
  return changes;
}
