import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { RankingPage, RankingRow } from '@/api/schemas/coordination';
import { paths } from '@/config/paths';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';
import { server } from '@mocks/node';
import { readFirstSheet } from '@tests/xlsx';

/*
 * jsdom has no layout: every element measures 0×0 (clientHeight 0), so the virtualiser would window the table down to
 * its overscan. These tests give elements a tall box (3000 px ≈ 70 rows of 41 px), which holds the
 * whole demo nomination (48 applications), so what is asserted is the full server order.
 */
const STAGE = 'st-grant-expert';
const NOMINATION = 'nom-grant-social';
const RELEVANCE = 'Актуальность и социальная значимость проекта';

let boxHeight: { mockReturnValue: (height: number) => unknown };

beforeEach(() => {
  boxHeight = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(3000);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openRanking(search?: string) {
  await signInByApi('coordinator@demo.ru');
  const view = renderApp(paths.ranking.href(STAGE, NOMINATION, search));
  // The first render of a file builds the stage's aggregates and loads the route chunk: allow it time.
  await screen.findByRole('heading', { name: /^Рейтинг: Социальное обслуживание/ }, { timeout: 5000 });
  return view;
}

function table(): HTMLElement {
  return screen.getByRole('table', { name: 'Рейтинг заявок номинации' });
}

function bodyRows(): HTMLElement[] {
  return within(table())
    .getAllByRole('row')
    .filter((row) => row.querySelector('[role=cell] a') !== null);
}

function shownIds(): string[] {
  return bodyRows().map((row) => within(row).getByRole('link').textContent ?? '');
}

function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

function rowOf(id: string): HTMLElement {
  const row = bodyRows().find((r) => within(r).getByRole('link').textContent === id);
  if (row === undefined) throw new Error(`no row for ${id}`);
  return row;
}

/** The independent source: the same API the page uses, every row, straight from the mock server. */
async function serverRows(query = ''): Promise<RankingRow[]> {
  const base = `${window.location.origin}/api/v1/stages/${STAGE}/nominations/${NOMINATION}/ranking`;
  const page = (await (await fetch(`${base}?pageSize=500&${query}`)).json()) as RankingPage;
  return page.items;
}

function searchOf(router: ReturnType<typeof renderApp>['router']): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}

test('shows the nomination ranked by the official method, labelled as official', async () => {
  await openRanking();
  const official = screen.getByRole('radio', { name: /^Среднее.*официальный$/ });
  expect(official).toBeChecked();
  expect(screen.getByRole('radio', { name: 'Медиана' })).not.toBeChecked();
  expect(shownIds()).toEqual((await serverRows()).map((r) => r.applicationId));
  expect(screen.getByText('48 заявок')).toBeInTheDocument();
  const [rank, id, , , sheets, score] = cellTexts(rowOf('1637'));
  expect([rank, id, sheets, score]).toEqual(['1', '1637', '1 из 3', '78,5']);
});

test('sorts on the server when a column header is clicked', async () => {
  const { user, router } = await openRanking();
  await user.click(screen.getByRole('button', { name: /^Балл/ }));
  await waitFor(() => expect(searchOf(router).get('sort')).toBe('-score'));
  await waitFor(() =>
    expect(screen.getByRole('columnheader', { name: /^Балл/ })).toHaveAttribute('aria-sort', 'descending'),
  );
  await user.click(screen.getByRole('button', { name: /^Балл/ }));
  await waitFor(() => expect(searchOf(router).get('sort')).toBe('score'));
  await waitFor(() =>
    expect(screen.getByRole('columnheader', { name: /^Балл/ })).toHaveAttribute('aria-sort', 'ascending'),
  );
  expect(shownIds()).toEqual((await serverRows('sort=score')).map((r) => r.applicationId));
  expect(shownIds()[0]).toBe('1438');
});

test('the stage header and the ranking share one request for the stage and one for its nominations', async () => {
  const paths_: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET') paths_.push(new URL(request.url).pathname.replace('/api/v1', ''));
  };
  server.events.on('request:start', listener);
  try {
    await openRanking();
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
  } finally {
    server.events.removeListener('request:start', listener);
  }
  expect(paths_.filter((p) => p === `/stages/${STAGE}`)).toHaveLength(1);
  expect(paths_.filter((p) => /^\/contests\/[^/]+\/nominations$/.test(p))).toHaveLength(1);
});

test('a click anywhere on a row opens its sheets; the ID stays a real link', async () => {
  const { user, router } = await openRanking();
  const row = rowOf('1637');
  expect(within(row).getByRole('link')).toHaveAttribute('href', paths.applicationSheets.href(STAGE, '1637'));
  // The title cell is not a control: the row's click is a mouse shortcut to the ID link.
  await user.click(within(row).getAllByRole('cell')[2] as HTMLElement);
  await waitFor(() =>
    expect(router.state.location.pathname).toBe(paths.applicationSheets.href(STAGE, '1637')),
  );
});

test('a focused row that scrolls away hands the focus to the table, not to the row now in its place', async () => {
  // A short box (≈ 10 rows in view) so the window is smaller than the nomination and rows recycle.
  boxHeight.mockReturnValue(400);
  await openRanking();
  const first = (await serverRows())[0]?.applicationId ?? '';
  const link = within(rowOf(first)).getByRole('link');
  link.focus();
  const scroller = table().parentElement as HTMLElement;
  const scrollTo = (top: number) =>
    act(() => {
      Object.defineProperty(scroller, 'scrollTop', { value: top, configurable: true, writable: true });
      fireEvent.scroll(scroller);
    });
  // Still in the window: the focus stays on its link.
  scrollTo(41 * 3);
  expect(link).toHaveFocus();
  expect(link).toHaveTextContent(first);
  // Far away: that element now shows another application, so the focus is on the table instead.
  scrollTo(41 * 30);
  await waitFor(() => expect(table()).toHaveFocus());
  expect(shownIds()).not.toContain(first);
});

test('rows are recycled across a re-sort: the same row elements show the new order', async () => {
  const { user } = await openRanking();
  const before = bodyRows();
  await user.click(screen.getByRole('button', { name: /^ID/ }));
  const ascending = (await serverRows('sort=id')).map((r) => r.applicationId);
  await waitFor(() => expect(shownIds()).toEqual(ascending));
  // Not rebuilt: the order changed inside the elements already on screen.
  expect(bodyRows()).toEqual(before);
});

test('filters by flag and searches on the server, keeping both in the URL', async () => {
  const { user, router } = await openRanking();
  await user.selectOptions(screen.getByLabelText('Отметка'), 'С расхождением оценок');
  await waitFor(() => expect(searchOf(router).get('flag')).toBe('divergent'));
  await waitFor(() => expect(shownIds()).toEqual(['1541', '1606', '1783', '1238']));
  for (const row of bodyRows()) expect(within(row).getByText('расхождение')).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText('Отметка'), 'Все заявки');
  await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), '1575{Enter}');
  await waitFor(() => expect(shownIds()).toEqual(['1575']));
  expect(searchOf(router).get('q')).toBe('1575');
});

test('switching the method re-ranks on the server and is kept in the URL', async () => {
  const { user, router } = await openRanking();
  await user.click(screen.getByRole('radio', { name: 'Медиана' }));
  await waitFor(() => expect(searchOf(router).get('method')).toBe('median'), { timeout: 4000 });
  const median = await serverRows('method=median');
  await waitFor(() => expect(shownIds()).toEqual(median.map((r) => r.applicationId)), { timeout: 4000 });
  expect(median.map((r) => r.applicationId)).not.toEqual((await serverRows()).map((r) => r.applicationId));
  expect(screen.getByText(/Показан неофициальный метод/)).toBeInTheDocument();

  await user.click(screen.getByRole('radio', { name: /^Среднее.*официальный$/ }));
  await waitFor(() => expect(searchOf(router).has('method')).toBe(false));
});

test('explains which tie-break rule separated a tied pair', async () => {
  await openRanking();
  // 1296, 1575 and 1343 all score 57,5; the contest breaks ties by «Актуальность» first.
  expect(within(rowOf('1575')).getByText(`после 1296: ниже по критерию «${RELEVANCE}»`)).toBeInTheDocument();
  expect(within(rowOf('1343')).getByText(`после 1575: ниже по критерию «${RELEVANCE}»`)).toBeInTheDocument();
  expect(within(rowOf('1296')).getByText('равенство баллов')).toBeInTheDocument();
});

test('the simulator matches an independent recomputation and draws the line in the table', async () => {
  const { user, router } = await openRanking();
  await user.type(screen.getByRole('textbox', { name: 'Проходной балл' }), '70');
  await user.click(screen.getByRole('button', { name: 'Добавить сценарий' }));
  const card = await screen.findByRole('article', { name: 'Проходной балл 70' });
  const rows = await serverRows();
  const passing = rows.filter((r) => r.score !== null && r.score >= 70);
  const sum = passing.reduce((s, r) => s + r.requestedAmount, 0);
  const money = new Intl.NumberFormat('ru-RU', {
    style: 'currency',
    currency: 'RUB',
    maximumFractionDigits: 0,
  });
  await within(card).findByText(`${passing.length} победителей`);
  // Intl separates groups with a narrow no-break space, which text matchers normalise away; compare raw text.
  expect(card.textContent).toContain(money.format(sum));
  expect(within(card).getByText(passing.at(-1)?.applicationId ?? '?')).toBeInTheDocument();
  expect(searchOf(router).getAll('cut')).toEqual(['p70']);

  const divider = await screen.findByText(/^Линия отсечения — Проходной балл 70/);
  const all = within(table()).getAllByRole('row');
  const dividerRow = divider.closest<HTMLElement>('[role=row]');
  if (dividerRow === null) throw new Error('the divider is not a table row');
  // Exactly the passing rows sit above the line: the header row, then `passing.length` rows.
  expect(all.indexOf(dividerRow)).toBe(1 + passing.length);

  await user.click(screen.getByRole('radio', { name: 'Число победителей' }));
  await user.type(screen.getByRole('textbox', { name: 'Число победителей' }), '25');
  await user.click(screen.getByRole('button', { name: 'Добавить сценарий' }));
  const top25 = await screen.findByRole('article', { name: 'Победителей 25' });
  const topSum = rows.slice(0, 25).reduce((s, r) => s + r.requestedAmount, 0);
  await waitFor(() => expect(top25.textContent).toContain(money.format(topSum)));
  expect(screen.getAllByRole('article')).toHaveLength(2);
});

/** Captures what the export buttons hand to the browser's download machinery. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

test('CSV and XLSX exports hold the numbers shown on screen', async () => {
  const blobs = captureDownloads();
  const { user } = await openRanking();
  const screenRows = bodyRows().map((row) => {
    const [rank, id, , , , score, , , , , , , amount] = cellTexts(row);
    return { rank, id, score, amount: (amount ?? '').replace(/\D/g, '') };
  });

  await user.click(screen.getByRole('button', { name: 'Скачать рейтинг (CSV)' }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
  expect(lines[0]?.split(';').slice(0, 3)).toEqual(['Место', 'ID заявки', 'Название']);
  const csvRows = lines.slice(1).map((line) => line.split(';'));
  expect(csvRows.map((c) => ({ rank: c[0], id: c[1], score: c[9], amount: c[6] }))).toEqual(screenRows);

  await user.click(screen.getByRole('button', { name: 'Скачать рейтинг (XLSX)' }));
  await waitFor(() => expect(blobs).toHaveLength(2));
  const { rows } = readFirstSheet(new Uint8Array(await (blobs[1] as Blob).arrayBuffer()));
  expect(rows[0]?.[1]).toBe('ID заявки');
  const xlsxRows = rows.slice(1).map((r) => ({
    rank: String(r[0]),
    id: r[1],
    score: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(Number(r[9])),
    amount: String(r[6]),
  }));
  expect(xlsxRows).toEqual(screenRows);
});

test('the comparison view shows how ranks move between methods', async () => {
  const { user } = await openRanking();
  await user.click(screen.getByRole('button', { name: 'Сравнение методов' }));
  const compare = await screen.findByRole('table', { name: 'Места заявок при разных методах агрегации' });
  expect(within(compare).getByRole('columnheader', { name: 'Медиана' })).toBeInTheDocument();
  expect(within(compare).getAllByText(/^(выше|ниже) на \d+$/).length).toBeGreaterThan(0);
});

test('the protocol lists every row with the method, the cut-line and signature lines', async () => {
  await signInByApi('coordinator@demo.ru');
  renderApp(paths.protocol.href(STAGE, NOMINATION, null, 'w25'));
  await screen.findByRole('heading', { name: 'Сводная ведомость' }, { timeout: 5000 });
  expect(screen.getByText('Среднее (официальный)')).toBeInTheDocument();
  // Once among the facts above the table, once on the divider row inside it.
  expect(screen.getAllByText(/^Победителей 25: 25 победителей, сумма запросов/)).toHaveLength(2);
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  // Header, 48 applications and the divider row.
  expect(rows).toHaveLength(1 + 48 + 1);
  expect(screen.getByText('Председатель экспертного совета')).toBeInTheDocument();
  expect(screen.getByText('Секретарь')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Печать' })).toBeInTheDocument();
});
