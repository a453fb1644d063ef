import type { MyStage } from '@/api/schemas/expert-cabinet';

/** Stages as options, grouped by contest when there are several (stage titles repeat across contests). */
export function StageOptions({ stages }: { stages: readonly MyStage[] }) {
  const contests = new Map<string, { title: string; stages: MyStage[] }>();
  for (const item of stages) {
    const group = contests.get(item.contest.id) ?? { title: item.contest.title, stages: [] };
    group.stages.push(item);
    contests.set(item.contest.id, group);
  }
  const groups = [...contests.entries()];
  const options = (items: MyStage[]) =>
    items.map(({ stage }) => (
      <option key={stage.id} value={stage.id}>
        {stage.title}
      </option>
    ));
  if (groups.length === 1) return options(stages.slice());
  return groups.map(([contestId, group]) => (
    <optgroup key={contestId} label={group.title}>
      {options(group.stages)}
    </optgroup>
  ));
}
