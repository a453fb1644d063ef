import type { ExpertiseGroup } from '../use-expertise-groups';

/** Nominations grouped by contest: titles like «Добрая семья» repeat from one contest to the next. */
export function NominationOptions({ groups }: { groups: readonly ExpertiseGroup[] }) {
  return groups
    .filter((group) => group.nominations.length > 0)
    .map((group) => (
      <optgroup key={group.contestId} label={group.contestTitle}>
        {group.nominations.map((n) => (
          <option key={n.id} value={n.id}>
            {n.title}
          </option>
        ))}
      </optgroup>
    ));
}
