import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RankingCriterion, RankingRow as Row } from '@/api/schemas/coordination';
import { paths } from '@/config/paths';
import type { RankingRequest } from '../api';
import type { RankingColumn } from '../columns';
import { RANKING_PAGE_SIZE, rankingPageQueryOptions } from '../queries';
import type { RankingSort } from '../ranking-params';
import { RankingHead } from './ranking-head';
import { LoadingRow, RankingRow } from './ranking-row';
import { useRowText } from './row-text';

const ROW_HEIGHT = 41;
/**
 * Rows rendered beyond each edge of the window. Every rendered row is laid out and painted on each
 * scroll frame, so this stays small: enough to cover a frame's scroll distance, not a screenful.
 */
const OVERSCAN = 5;
/**
 * Layout, style and paint of the table stay inside its scroll box: rows entering and leaving it on
 * every frame never send the browser back over the rest of the page. (Set through the CSSOM, which
 * the Content-Security-Policy allows, rather than as a style attribute, which it would not.)
 */
const SCROLL_STYLE = { contain: 'strict' } as const;

interface RankingTableProps {
  request: RankingRequest;
  total: number;
  columns: readonly RankingColumn[];
  criteria: readonly RankingCriterion[];
  /** Rows before the cut-line divider, and its text; null when no line is drawn in this view. */
  divider: { at: number; label: string } | null;
  winnerIds: ReadonlySet<string> | null;
  onSort: (sort: RankingSort) => void;
}

/**
 * A real <table> whose body is windowed: only the rows in view exist, padded above and below, and
 * pages of 500 rows are fetched as the window reaches them. jsdom has no layout, so the virtualiser
 * starts from `initialRect` there (and in the first browser frame).
 */
export function RankingTable({
  request,
  total,
  columns,
  criteria,
  divider,
  winnerIds,
  onSort,
}: RankingTableProps) {
  const { t } = useTranslation();
  const text = useRowText();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total + (divider === null ? 0 : 1);
  // TanStack Virtual hands back fresh functions each render, so the React Compiler skips this
  // component on purpose; rows below are memoised by hand instead.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: { width: 1200, height: 720 },
  });
  const items = virtualizer.getVirtualItems();
  const rowOf = (index: number) => (divider !== null && index > divider.at ? index - 1 : index);
  const firstRow = rowOf(items[0]?.index ?? 0);
  const lastRow = rowOf(items.at(-1)?.index ?? 0);
  const pages: number[] = [];
  for (let p = Math.floor(firstRow / RANKING_PAGE_SIZE); p <= Math.floor(lastRow / RANKING_PAGE_SIZE); p++) {
    pages.push(p + 1);
  }
  const results = useQueries({ queries: pages.map((page) => rankingPageQueryOptions(request, page)) });
  const loaded = new Map<number, Row[]>();
  results.forEach((result, i) => {
    const page = pages[i];
    if (page !== undefined && result.data !== undefined) loaded.set(page, result.data.items);
  });
  const onOpen = useCallback((href: string) => void navigate(href), [navigate]);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = columns.reduce((sum, c) => sum + c.width, 0);

  return (
    <div className="ranking-scroll" ref={scrollRef} style={SCROLL_STYLE}>
      <table className="ranking-table" style={{ width }} aria-rowcount={total + 1}>
        <caption className="visually-hidden">{t('rankings.table.caption')}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={{ width: c.width }} />
          ))}
        </colgroup>
        <RankingHead columns={columns} sort={request.sort} onSort={onSort} />
        <tbody>
          {paddingTop > 0 ? <tr aria-hidden="true" style={{ height: paddingTop }} /> : null}
          {items.map((item) => {
            if (divider !== null && item.index === divider.at) {
              return (
                <tr key="divider" className="ranking-divider">
                  <td colSpan={columns.length}>
                    <span className="ranking-divider__label">{divider.label}</span>
                  </td>
                </tr>
              );
            }
            const index = rowOf(item.index);
            const row = loaded.get(Math.floor(index / RANKING_PAGE_SIZE) + 1)?.[index % RANKING_PAGE_SIZE];
            if (row === undefined) {
              return (
                <LoadingRow
                  key={item.key}
                  rowIndex={index + 2}
                  span={columns.length}
                  label={t('rankings.table.loading')}
                />
              );
            }
            return (
              <RankingRow
                key={row.applicationId}
                row={row}
                rowIndex={index + 2}
                columns={columns}
                criteria={criteria}
                href={paths.applicationSheets.href(request.stageId, row.applicationId)}
                winner={winnerIds?.has(row.applicationId) ?? false}
                text={text}
                onOpen={onOpen}
              />
            );
          })}
          {paddingBottom > 0 ? <tr aria-hidden="true" style={{ height: paddingBottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
