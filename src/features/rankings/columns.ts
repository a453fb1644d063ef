import type { RankingCriterion } from '@/api/schemas/coordination';
import type { RankingSort } from './ranking-params';

export type FixedColumnId =
  | 'rank'
  | 'id'
  | 'title'
  | 'organization'
  | 'region'
  | 'sheets'
  | 'score'
  | 'percent'
  | 'spread'
  | 'flags'
  | 'tieBreak'
  | 'amount';

/** A column of the ranking table; criterion columns carry the criterion's index in `criterionMeans`. */
export type RankingColumn =
  | { id: FixedColumnId; kind: 'fixed'; sort: SortField | null; width: number; numeric: boolean }
  | {
      id: `criterion:${string}`;
      kind: 'criterion';
      index: number;
      title: string;
      width: number;
      numeric: true;
    };

type SortField = Exclude<RankingSort, `-${string}`>;

/** `numeric`: figures, right-aligned in the cells and under a right-aligned head. */
const FIXED: {
  id: FixedColumnId;
  sort: SortField | null;
  width: number;
  numeric?: boolean;
  hidden?: boolean;
}[] = [
  { id: 'rank', sort: 'rank', width: 76, numeric: true },
  { id: 'id', sort: 'id', width: 84 },
  { id: 'title', sort: null, width: 300 },
  { id: 'organization', sort: null, width: 220 },
  { id: 'region', sort: null, width: 170, hidden: true },
  { id: 'sheets', sort: 'submitted', width: 96, numeric: true },
  { id: 'score', sort: 'score', width: 92, numeric: true },
  { id: 'percent', sort: null, width: 72, numeric: true },
  { id: 'spread', sort: 'spread', width: 96, numeric: true },
  { id: 'flags', sort: null, width: 200 },
  { id: 'tieBreak', sort: null, width: 220 },
  { id: 'amount', sort: null, width: 140, numeric: true },
];

/** Criterion means beyond the first few make the table too wide to read; they start hidden. */
const VISIBLE_CRITERIA = 2;

export function allColumns(criteria: readonly RankingCriterion[]): RankingColumn[] {
  const fixed = FIXED.map((c): RankingColumn => ({
    id: c.id,
    kind: 'fixed',
    sort: c.sort,
    width: c.width,
    numeric: c.numeric === true,
  }));
  const criterionColumns = criteria.map((c, index): RankingColumn => ({
    id: `criterion:${c.id}`,
    kind: 'criterion',
    index,
    title: c.title,
    width: 110,
    numeric: true,
  }));
  // Criterion means sit right after the score they explain.
  const at = fixed.findIndex((c) => c.id === 'percent') + 1;
  return [...fixed.slice(0, at), ...criterionColumns, ...fixed.slice(at)];
}

export function defaultVisible(column: RankingColumn): boolean {
  if (column.kind === 'criterion') return column.index < VISIBLE_CRITERIA;
  return FIXED.find((c) => c.id === column.id)?.hidden !== true;
}

export function visibleColumns(
  columns: readonly RankingColumn[],
  choices: Readonly<Record<string, boolean>>,
): RankingColumn[] {
  // The rank and ID always show: without them a row cannot be told apart or opened.
  return columns.filter((c) => c.id === 'rank' || c.id === 'id' || (choices[c.id] ?? defaultVisible(c)));
}
