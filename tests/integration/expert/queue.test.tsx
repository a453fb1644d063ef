import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { Session } from '@/api/schemas/session';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import { getDb } from '@mocks/db/database';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

// The demo expert (expert@demo.ru) has, in the grant contest's stage, 6 new, 3 draft, 7 submitted,
// 1 returned and 1 recused applications; in the prize contest's stage 2 new, 1 draft and 3 submitted.
const GRANT_STAGE = 'st-grant-expert';
const PRIZE_STAGE = 'st-prize-expert';

async function openQueue(url = '/expert/queue') {
  await signInByApi('expert@demo.ru');
  const view = renderApp(url);
  // The route's loader has the list by the time the page shows.
  await screen.findByRole('heading', { name: 'Очередь заявок' });
  return view;
}

function rows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: /Назначенные заявки/ });
  // The first row holds the column headers.
  return within(table).getAllByRole('row').slice(1);
}

function shownIds(): string[] {
  return rows().map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

function rowOf(applicationId: string): HTMLElement {
  const row = rows().find((r) => within(r).getAllByRole('cell')[0]?.textContent === applicationId);
  if (row === undefined) throw new Error(`no row for application ${applicationId}`);
  return row;
}

function searchOf(router: ReturnType<typeof renderApp>['router']): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}

/** What the evaluation page would do for the expert: save a draft with the given score everywhere. */
async function saveDraftByApi(assignmentId: string, score: number): Promise<void> {
  const api = `${window.location.origin}/api/v1`;
  const session = (await (await fetch(`${api}/session`)).json()) as Session;
  const context = (await (await fetch(`${api}/assignments/${assignmentId}`)).json()) as EvaluationContext;
  const scores = Object.fromEntries(context.criteriaSet.criteria.map((c) => [c.id, score]));
  const response = await fetch(`${api}/assignments/${assignmentId}/sheet`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
    body: JSON.stringify({ scores, comments: {}, recommendation: null, overallComment: '' }),
  });
  if (!response.ok) throw new Error(`saving a draft failed with ${response.status}`);
}

async function recuseByApi(assignmentId: string): Promise<void> {
  const api = `${window.location.origin}/api/v1`;
  const session = (await (await fetch(`${api}/session`)).json()) as Session;
  const response = await fetch(`${api}/assignments/${assignmentId}/recusal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
    body: JSON.stringify({ reason: 'affiliation', text: 'Консультировала эту организацию' }),
  });
  if (!response.ok) throw new Error(`recusal failed with ${response.status}`);
}

/** An organizer assigning more of the grant contest's applications to the demo expert. */
function assignMoreGrantApplications(count: number): void {
  const db = getDb();
  const mine = db.assignmentsByExpert('u-expert');
  const template = mine.find((a) => a.stageId === GRANT_STAGE && a.status === 'new');
  if (template === undefined) throw new Error('the demo expert has no new grant assignment');
  const taken = new Set(mine.map((a) => a.applicationId));
  const free = db
    .all('applications')
    .filter((app) => app.contestId === template.contestId && !taken.has(app.id))
    .slice(0, count);
  free.forEach((app, index) =>
    db.insert('assignments', {
      ...template,
      id: `as-extra-${index}`,
      applicationId: app.id,
      nominationId: app.nominationId,
    }),
  );
}

test('the queue lists the expert’s active applications with status, own score and a link to score it', async () => {
  await openQueue();

  // 17 grant + 6 prize applications; the recused one is no longer the expert's work.
  expect(screen.getByRole('table', { name: /1–23 из 23/ })).toBeInTheDocument();
  expect(rows()).toHaveLength(23);
  const submitted = rowOf('1633');
  expect(within(submitted).getByText('Отправлена')).toBeInTheDocument();
  expect(within(submitted).getByText('72 из 100')).toBeInTheDocument();
  expect(within(submitted).getByText('Херсонская область')).toBeInTheDocument();
  expect(within(submitted).getByText('Социальное обслуживание и поддержка граждан')).toBeInTheDocument();
  const link = within(submitted).getByRole('link', { name: 'Школа ухода' });
  expect(link).toHaveAttribute('href', '/expert/assignments/as-473?queue=');
});

test('hostile applicant text is shown literally, never as markup', async () => {
  await openQueue();
  const row = rowOf('1220');
  expect(within(row).getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
  expect(row.querySelector('img')).toBeNull();
  expect(within(rowOf('1278')).getByText('АНО «Код & Право» <b>МОО «Добрый сад»</b>')).toBeInTheDocument();
});

test('choosing a status filters the rows and writes the filter into the address', async () => {
  const { user, router } = await openQueue();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Статус' }), 'Черновик');

  await waitFor(() => expect(shownIds()).toHaveLength(4));
  expect(searchOf(router).get('status')).toBe('draft');
  // Screen readers hear the outcome without losing their place.
  expect(screen.getByText('Найдено 4 заявки')).toBeInTheDocument();
  for (const row of rows()) expect(within(row).getByText('Черновик')).toBeInTheDocument();
});

test('the stage and nomination filters narrow the list and go into the address', async () => {
  const { user, router } = await openQueue();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Этап' }), 'Заочная экспертная оценка');
  await waitFor(() => expect(shownIds()).toHaveLength(6));
  expect(searchOf(router).get('stageId')).toBe(PRIZE_STAGE);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Номинация' }), 'Волонтёр года');
  await waitFor(() => expect(shownIds().sort()).toEqual(['3289', '3326', '3339']));
  expect(searchOf(router).get('nominationId')).toBe('nom-prize-volunteer');
});

test('searching by application ID finds that application', async () => {
  const { user, router } = await openQueue();

  await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), '1633');

  await waitFor(() => expect(shownIds()).toEqual(['1633']));
  expect(searchOf(router).get('q')).toBe('1633');
});

test('letters typed while the list is still loading are kept', async () => {
  const { user, router } = await openQueue();
  getDb().setSettings({ latencyMs: 400, failureRate: 0, offline: false });
  const search = screen.getByRole('searchbox', { name: 'Поиск' });

  await user.type(search, 'Школа');
  // The pause sends «Школа»; the server is still answering when the typing goes on.
  await new Promise((resolve) => setTimeout(resolve, 350));
  await user.type(search, ' ухода');

  expect(search).toHaveValue('Школа ухода');
  await waitFor(() => expect(searchOf(router).get('q')).toBe('Школа ухода'), { timeout: 3000 });
  await waitFor(() => expect(shownIds()).toEqual(['1633']));
  expect(search).toHaveValue('Школа ухода');
});

test('searching by organisation ignores letter case', async () => {
  const { user } = await openQueue();

  await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'ковчег{Enter}');

  await waitFor(() => expect(shownIds().sort()).toEqual(['3326', '3339']));
});

test('sorting by ID from the order menu and from the column header', async () => {
  const { user, router } = await openQueue();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Порядок' }), 'ID: по убыванию');
  await waitFor(() => expect(shownIds().slice(0, 3)).toEqual(['3339', '3333', '3326']));
  expect(searchOf(router).get('sort')).toBe('-applicationId');
  expect(screen.getByRole('columnheader', { name: /ID/ })).toHaveAttribute('aria-sort', 'descending');

  await user.click(screen.getByRole('button', { name: /^ID/ }));
  await waitFor(() => expect(shownIds().slice(0, 3)).toEqual(['1220', '1258', '1278']));
  expect(searchOf(router).get('sort')).toBe('applicationId');
});

test('opening an address with filters restores the whole view', async () => {
  await openQueue(`/expert/queue?stageId=${GRANT_STAGE}&status=submitted&sort=-applicationId&q=вместе`);

  expect(screen.getByRole('combobox', { name: 'Этап' })).toHaveValue(GRANT_STAGE);
  expect(screen.getByRole('combobox', { name: 'Статус' })).toHaveValue('submitted');
  expect(screen.getByRole('combobox', { name: 'Порядок' })).toHaveValue('-applicationId');
  expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('вместе');
  // Submitted grant applications with «Вместе» in the title or organisation, highest ID first; the
  // prize contest's «Семейный клуб «Вместе»» stays out.
  expect(shownIds()).toEqual(['1705', '1687']);
});

test('Back returns to the previous filters and Forward comes back', async () => {
  const { user, router } = await openQueue();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Статус' }), 'Возвращена на доработку');
  await waitFor(() => expect(shownIds()).toEqual(['1719']));

  await router.navigate(-1);
  await waitFor(() => expect(shownIds()).toHaveLength(23));
  expect(screen.getByRole('combobox', { name: 'Статус' })).toHaveValue('');

  await router.navigate(1);
  await waitFor(() => expect(shownIds()).toEqual(['1719']));
  expect(screen.getByRole('combobox', { name: 'Статус' })).toHaveValue('returned');
});

test('a long queue is split into pages of 25 with numbered pages', async () => {
  assignMoreGrantApplications(10);
  const { user, router } = await openQueue();
  expect(rows()).toHaveLength(25);
  expect(screen.getByRole('table', { name: /1–25 из 33/ })).toBeInTheDocument();
  const pages = screen.getByRole('navigation', { name: 'Страницы списка' });
  expect(within(pages).getByRole('button', { name: 'Страница 1' })).toHaveAttribute('aria-current', 'page');

  await user.click(within(pages).getByRole('button', { name: 'Страница 2' }));

  await waitFor(() => expect(rows()).toHaveLength(8));
  expect(screen.getByRole('table', { name: /26–33 из 33/ })).toBeInTheDocument();
  expect(searchOf(router).get('page')).toBe('2');
  expect(within(pages).getByRole('button', { name: 'Следующая страница' })).toBeDisabled();
});

test('when nothing matches, the empty state offers to reset the filters', async () => {
  const { user, router } = await openQueue(`/expert/queue?stageId=${PRIZE_STAGE}&status=returned`);
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  expect(screen.getByText('Ничего не найдено')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));

  await waitFor(() => expect(shownIds()).toHaveLength(23));
  expect(router.state.location.search).toBe('');
  expect(screen.getByRole('combobox', { name: 'Этап' })).toHaveValue('');
});

test('a page past the end of a shorter list leads back to the first page', async () => {
  const { user, router } = await openQueue('/expert/queue?page=5');
  expect(screen.getByText('На этой странице заявок нет')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'К первой странице' }));

  await waitFor(() => expect(shownIds()).toHaveLength(23));
  expect(searchOf(router).get('page')).toBeNull();
});

test('an expert with no assignments is told so, without a reset button', async () => {
  getDb().removeWhere('assignments', (a) => a.expertId === 'u-expert');
  await openQueue();
  expect(screen.getByText('Вам пока не назначены заявки')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Сбросить фильтры' })).not.toBeInTheDocument();
});

test('arrow keys move between rows, Home and End jump to the ends, Tab enters the list once', async () => {
  const { user } = await openQueue(`/expert/queue?stageId=${GRANT_STAGE}&status=submitted`);
  const links = rows().map((row) => within(row).getByRole('link'));
  expect(links.filter((link) => link.tabIndex === 0)).toHaveLength(1);

  links[0]?.focus();
  await user.keyboard('{ArrowDown}');
  expect(links[1]).toHaveFocus();
  await user.keyboard('{End}');
  expect(links.at(-1)).toHaveFocus();
  await user.keyboard('{ArrowDown}');
  expect(links.at(-1)).toHaveFocus();
  await user.keyboard('{Home}');
  expect(links[0]).toHaveFocus();
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
  expect(links[1]).toHaveFocus();
  expect(links[1]).toHaveAttribute('tabindex', '0');
  expect(links[0]).toHaveAttribute('tabindex', '-1');
});

test('the skip link moves focus to the list', async () => {
  const { user } = await openQueue();
  await user.click(screen.getByRole('link', { name: 'Перейти к списку заявок' }));
  expect(screen.getByRole('region', { name: 'Назначенные заявки' })).toHaveFocus();
});

test('a total of 0 is shown as 0, and a sheet without a total as a dash', async () => {
  await signInByApi('expert@demo.ru');
  await saveDraftByApi('as-85', 0);
  renderApp(`/expert/queue?stageId=${GRANT_STAGE}&status=draft`);
  await screen.findByRole('table', { name: /Назначенные заявки/ });

  expect(within(rowOf('1278')).getByText('0 из 100')).toBeInTheDocument();
  expect(within(rowOf('1296')).getByText('Оценки пока нет')).toBeInTheDocument();
});

test('the cabinet’s next actions go straight to the single returned sheet or draft', async () => {
  await signInByApi('expert@demo.ru');
  renderApp('/expert');

  const returned = await screen.findByRole('link', { name: 'Доработать возвращённую' });
  const queue = new URLSearchParams({ stageId: GRANT_STAGE, status: 'returned' }).toString();
  await waitFor(() =>
    expect(returned).toHaveAttribute(
      'href',
      `/expert/assignments/as-591?${new URLSearchParams({ queue }).toString()}`,
    ),
  );
  const draft = screen.getByRole('link', { name: 'Продолжить черновик' });
  await waitFor(() =>
    expect(draft).toHaveAttribute('href', expect.stringMatching(/^\/expert\/assignments\/as-854\?/)),
  );
  // 16 active in the grant stage (17 assigned, one recused), 7 of them submitted.
  expect(screen.getByText('Оценено 7 из 17')).toBeInTheDocument();
  expect(screen.getAllByText(/^остал(ся|ось) \d+ (день|дня|дней)$/)).toHaveLength(2);
});

test('several drafts lead to the stage’s queue filtered to drafts', async () => {
  await signInByApi('expert@demo.ru');
  await saveDraftByApi('as-828', 5);
  const { user, router } = renderApp('/expert');

  await user.click(await screen.findByRole('link', { name: 'Продолжить черновики: 2' }));

  await screen.findByRole('table', { name: /Назначенные заявки/ });
  expect(router.state.location.pathname).toBe('/expert/queue');
  expect(Object.fromEntries(searchOf(router))).toEqual({ stageId: PRIZE_STAGE, status: 'draft' });
  expect(shownIds().sort()).toEqual(['3289', '3326']);
});

test('with nothing started, the next action counts the new applications and opens them', async () => {
  await signInByApi('expert@demo.ru');
  await recuseByApi('as-854');
  const { user, router } = renderApp('/expert');

  await user.click(await screen.findByRole('link', { name: 'Оценить: осталось 2 заявки' }));

  await screen.findByRole('table', { name: /Назначенные заявки/ });
  expect(Object.fromEntries(searchOf(router))).toEqual({ stageId: PRIZE_STAGE, status: 'new' });
  expect(shownIds().sort()).toEqual(['3289', '3333']);
});

test('a passed deadline is said plainly with its date', async () => {
  getDb().update('stages', PRIZE_STAGE, { deadline: '2026-01-15T20:59:59.000Z' });
  await signInByApi('expert@demo.ru');
  renderApp('/expert');
  expect(await screen.findByText(/^Срок истёк 15 января 2026 г\./)).toBeInTheDocument();
});
