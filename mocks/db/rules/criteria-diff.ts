import type { Criterion } from '@/api/schemas/criteria';

const MODE_TITLES: Record<Criterion['comment']['mode'], string> = {
  always: 'всегда',
  whenBelowMax: 'при снижении балла',
  never: 'не требуется',
};

function bands(c: Criterion): string {
  return c.descriptors.map((d) => `${d.min}–${d.max}`).join(', ');
}

/**
 * The first structural difference, in words an organizer understands, so a 409 `frozen` says what
 * exactly was refused instead of only that something was.
 */
export function describeStructuralChange(before: readonly Criterion[], after: readonly Criterion[]): string {
  if (before.length !== after.length) {
    return `меняется число критериев (${before.length} → ${after.length})`;
  }
  for (let i = 0; i < before.length; i++) {
    const b = before[i];
    const a = after[i];
    if (b === undefined || a === undefined) continue;
    if (a.id !== b.id)
      return `меняется состав или порядок критериев (позиция ${i + 1}: «${b.title}» → «${a.title}»)`;
    if (a.scaleMin !== b.scaleMin || a.scaleMax !== b.scaleMax) {
      return `меняется шкала критерия «${b.title}» (${b.scaleMin}–${b.scaleMax} → ${a.scaleMin}–${a.scaleMax})`;
    }
    if (a.weight !== b.weight) return `меняется вес критерия «${b.title}» (${b.weight} → ${a.weight})`;
    if (a.comment.mode !== b.comment.mode || a.comment.minLength !== b.comment.minLength) {
      return (
        `меняется правило комментария критерия «${b.title}» (${MODE_TITLES[b.comment.mode]}, от ${b.comment.minLength} симв. → ` +
        `${MODE_TITLES[a.comment.mode]}, от ${a.comment.minLength} симв.)`
      );
    }
    if (bands(a) !== bands(b))
      return `меняются границы описаний баллов критерия «${b.title}» (${bands(b)} → ${bands(a)})`;
  }
  return 'меняется структура критериев';
}

function sameCriterion(a: Criterion, b: Criterion): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.description === b.description &&
    a.scaleMin === b.scaleMin &&
    a.scaleMax === b.scaleMax &&
    a.weight === b.weight &&
    a.comment.mode === b.comment.mode &&
    a.comment.minLength === b.comment.minLength &&
    a.descriptors.length === b.descriptors.length &&
    a.descriptors.every((d, i) => {
      const other = b.descriptors[i];
      return other !== undefined && d.min === other.min && d.max === other.max && d.text === other.text;
    })
  );
}

/** Field-by-field, so a resave with the same content (keys in another order) creates no new version. */
export function sameCriteria(a: readonly Criterion[], b: readonly Criterion[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => {
      const other = b[i];
      return other !== undefined && sameCriterion(c, other);
    })
  );
}
