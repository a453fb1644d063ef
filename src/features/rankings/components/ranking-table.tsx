import { useQueries } from '@tanstack/react-query';
import { useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type FocusEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RankingCriterion, RankingRow as Row } from '@/api/schemas/coordination';
import { paths } from '@/config/paths';
import type { RankingRequest } from '../api';
import type { RankingColumn } from '../columns';
import { RANKING_PAGE_SIZE, rankingPageQueryOptions } from '../queries';
import { fixedWindow, INITIAL_RECT, OVERSCAN, ROW_HEIGHT, slotKey, windowSize } from '../row-window';
import type { RankingSort } from '../ranking-params';
import { RankingHead } from './ranking-head';
import { DividerRow, LoadingRow, RankingRow } from './ranking-row';
import { useRowText } from './row-text';

/** A click the browser should handle itself: a new tab or window, a download, not the main button. */
function opensElsewhere(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

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
 * A windowed ARIA table: only the rows in view exist, each an absolutely positioned block at its
 * own offset, and pages of 500 rows are fetched as the window reaches them.
 *
 * Not a `<table>` on purpose. In table layout the rows of a window move whenever the padding above
 * them changes, so every scroll frame re-laid out and repainted every visible row (at 4× CPU most of
 * a 100 ms frame). A positioned row keeps its place while it is in view: a frame lays out and paints
 * only the rows entering it, and the scroller moves the rest on the compositor. The roles give
 * assistive technology the same table (rows and cells with their indexes, sortable column headers).
 * jsdom has no layout, so the virtualiser starts from `initialRect` there (and in the first frame).
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
  const tableRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  /** `aria-rowindex` of the row holding the focus, as it was when the focus arrived. */
  const focusedRow = useRef<string | null>(null);
  const count = total + (divider === null ? 0 : 1);
  const rangeExtractor = useCallback(
    (range: Range) => fixedWindow(range, windowSize(scrollRef.current?.clientHeight || INITIAL_RECT.height)),
    [],
  );
  // TanStack Virtual hands back fresh functions each render, so the React Compiler skips this
  // component on purpose; rows and the header below are memoised by hand instead.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    rangeExtractor,
    initialRect: INITIAL_RECT,
  });
  // The table outlives a change of order, filter or method (its rows are recycled, not rebuilt):
  // a new request starts again from its first row.
  const requestKey = JSON.stringify(request);
  useLayoutEffect(() => {
    // Only when scrolled: asking for an offset makes the virtualiser measure the box (a layout).
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [virtualizer, requestKey]);
  // A recycled row shows another application in the same elements: a link focused in it would now
  // open something else, its ring drawn on a row the user never chose. Once the focused row has
  // scrolled away, the focus moves to the table itself (Tab goes on from its first row, arrows and
  // Page keys keep scrolling it).
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const table = tableRef.current;
    if (table === null || focused === null || !bodyRef.current?.contains(focused)) return;
    const row = focused.closest('[role=row]');
    if (row === null || row.getAttribute('aria-rowindex') === focusedRow.current) return;
    focusedRow.current = null;
    table.focus({ preventScroll: true });
  });
  function handleFocus(event: FocusEvent<HTMLDivElement>) {
    focusedRow.current = event.target.closest('[role=row]')?.getAttribute('aria-rowindex') ?? null;
  }
  const items = virtualizer.getVirtualItems();
  const slots = items.length;
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
  // The ID link is the keyboard and screen-reader way into a row; a click anywhere else on the row
  // is a mouse shortcut to the same link, handled once for the whole body.
  function handleClick(event: MouseEvent<HTMLDivElement>) {
    if (!(event.target instanceof Element)) return;
    const control = event.target.closest('a, button');
    if (control !== null && !(control instanceof HTMLAnchorElement)) return;
    if (control instanceof HTMLAnchorElement && opensElsewhere(event)) return;
    const link = control ?? event.target.closest('[role=row]')?.querySelector('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    void navigate(link.pathname + link.search);
  }
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  // One grid template for the header and every row, set once on the table (through the CSSOM,
  // which the Content-Security-Policy allows, unlike a style attribute in the markup). The title
  // takes whatever width the screen has beyond the columns' own.
  const tableStyle = {
    '--ranking-columns': columns
      .map((c) => (c.id === 'title' ? `minmax(${c.width}px, 1fr)` : `${c.width}px`))
      .join(' '),
    minWidth: width,
  } as CSSProperties;

  return (
    <div className="ranking-scroll" ref={scrollRef}>
      <div
        ref={tableRef}
        role="table"
        tabIndex={-1}
        className="ranking-grid"
        style={tableStyle}
        aria-label={t('rankings.table.caption')}
        aria-rowcount={total + 1}
        aria-colcount={columns.length}
      >
        <RankingHead columns={columns} sort={request.sort} onSort={onSort} />
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a mouse shortcut; every row's ID link is the keyboard way in */}
        <div
          ref={bodyRef}
          role="rowgroup"
          className="ranking-grid__body"
          style={{ height: virtualizer.getTotalSize() }}
          onClick={handleClick}
          onFocus={handleFocus}
        >
          {items.map((item) => {
            if (divider !== null && item.index === divider.at) {
              return (
                <DividerRow key="divider" top={item.start} span={columns.length} label={divider.label} />
              );
            }
            const index = rowOf(item.index);
            const row = loaded.get(Math.floor(index / RANKING_PAGE_SIZE) + 1)?.[index % RANKING_PAGE_SIZE];
            if (row === undefined) {
              return (
                <LoadingRow
                  key={slotKey(item.index, slots)}
                  top={item.start}
                  rowIndex={index + 2}
                  span={columns.length}
                  label={t('rankings.table.loading')}
                />
              );
            }
            return (
              <RankingRow
                key={slotKey(item.index, slots)}
                top={item.start}
                row={row}
                rowIndex={index + 2}
                columns={columns}
                criteria={criteria}
                href={paths.applicationSheets.href(request.stageId, row.applicationId)}
                winner={winnerIds?.has(row.applicationId) ?? false}
                text={text}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
