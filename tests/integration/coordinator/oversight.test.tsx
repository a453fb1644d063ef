import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { Session } from '@/api/schemas/session';
import { getDb } from '@mocks/db/database';
import { listDivergences } from '@mocks/db/rules/coordination';
import { eligibleExperts } from '@mocks/db/rules/extra-expert';
import { sideBySide } from '@mocks/db/rules/sheet-review';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

// The demo's grant stage: six nominations, 32 experts, ~9 % of applications flagged as divergent.
const STAGE = 'st-grant-expert';
const STAGE_URL = `/coordinator/stages/${STAGE}`;

async function openAs(url: string) {
  await signInByApi('coordinator@demo.ru');
  return renderApp(url);
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  // The first row holds the column headers.
  return within(table).getAllByRole('row').slice(1);
}

function columnNumbers(table: HTMLElement, column: number): number[] {
  return bodyRows(table).map((row) => Number(within(row).getAllByRole('cell')[column]?.textContent));
}

function widestDivergence() {
  const first = listDivergences(getDb(), STAGE, { page: 1, pageSize: 1 }).items[0];
  if (first === undefined) throw new Error('the demo stage has no divergent application');
  return first;
}

async function openWidestDivergence() {
  const divergence = widestDivergence();
  const view = await openAs(`${STAGE_URL}/applications/${divergence.applicationId}`);
  await screen.findByRole('heading', { name: `Заявка ${divergence.applicationId}: оценки экспертов` });
  return { ...view, applicationId: divergence.applicationId };
}

test('the coordinator home lists contests with their stages, progress and ways in', async () => {
  const { user } = await openAs('/coordinator');
  // The first test of the file also pays for loading the cabinet's route modules.
  const stages = await screen.findByRole(
    'list',
    { name: 'Этапы конкурса «Конкурс грантов для социально ориентированных НКО — 2026»' },
    { timeout: 5000 },
  );
  const card = within(stages).getByRole('heading', { name: 'Экспертная оценка' }).closest('li');
  if (card === null) throw new Error('no card for the expert stage');
  expect(await within(card).findByRole('progressbar')).toBeInTheDocument();
  expect(within(card).getByText(/Отправлено \d+ из \d+/)).toBeInTheDocument();

  await user.click(within(card).getByRole('link', { name: 'Расхождения' }));
  expect(await screen.findByRole('heading', { name: 'Расхождения оценок' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Расхождения' })).toHaveAttribute('aria-current', 'page');
});

test('the stage header shows the contest, the deadline and links to every section', async () => {
  await openAs(STAGE_URL);
  expect(await screen.findByRole('heading', { level: 1, name: 'Экспертная оценка' })).toBeInTheDocument();
  expect(screen.getByText('Конкурс грантов для социально ориентированных НКО — 2026')).toBeInTheDocument();
  expect(screen.getByText(/Срок этапа:/)).toBeInTheDocument();
  const nav = screen.getByRole('navigation', { name: 'Разделы этапа' });
  expect(within(nav).getByRole('link', { name: 'Ход экспертизы' })).toHaveAttribute('aria-current', 'page');
  expect(within(nav).getByRole('link', { name: 'Рейтинги' })).toHaveAttribute(
    'href',
    expect.stringMatching(new RegExp(`^${STAGE_URL}/rankings/nom-`)),
  );
});

test('progress is shown by nomination, then by expert, sorted by the server', async () => {
  const { user, router } = await openAs(STAGE_URL);
  const byNomination = await screen.findByRole('table', { name: /Ход экспертизы по номинациям/ });
  expect(bodyRows(byNomination)).toHaveLength(6);
  expect(screen.getByRole('progressbar', { name: 'Отправлено оценок по этапу' })).toBeInTheDocument();

  await user.click(screen.getByRole('radio', { name: 'По экспертам' }));
  const byExpert = await screen.findByRole('table', { name: /Ход экспертизы по экспертам/ });
  expect(within(byExpert).getByText(/1–20 из 32/)).toBeInTheDocument();
  expect(new URLSearchParams(router.state.location.search).get('by')).toBe('expert');

  await user.click(within(byExpert).getByRole('button', { name: /Назначено/ }));
  await waitFor(() =>
    expect(
      within(screen.getByRole('table', { name: /по экспертам/ })).getByRole('columnheader', {
        name: /Назначено/,
      }),
    ).toHaveAttribute('aria-sort', 'descending'),
  );
  const assigned = columnNumbers(screen.getByRole('table', { name: /по экспертам/ }), 0);
  expect(assigned).toEqual([...assigned].sort((a, b) => b - a));
  expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('-assigned');

  await user.click(screen.getByRole('button', { name: /Назначено/ }));
  await waitFor(() => {
    const ascending = columnNumbers(screen.getByRole('table', { name: /по экспертам/ }), 0);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  });
});

test('the risk of missing the deadline is said in words', async () => {
  await openAs(`${STAGE_URL}?by=expert`);
  const table = await screen.findByRole('table', { name: /по экспертам/ });
  expect(within(table).getAllByText(/^(нет|низкий|высокий)$/).length).toBeGreaterThan(0);
});

test('a coordinator reminds one expert, then everyone who is behind', async () => {
  const { user } = await openAs(`${STAGE_URL}?by=expert`);
  const before = getDb().all('reminders').length;
  const table = await screen.findByRole('table', { name: /по экспертам/ });
  const [remindFirst] = within(table).getAllByRole('button', { name: /^Напомнить: / });
  if (remindFirst === undefined) throw new Error('no expert to remind');
  const name = remindFirst.getAttribute('aria-label')?.replace('Напомнить: ', '') ?? '';

  await user.click(remindFirst);
  expect(await screen.findByText('Напоминание отправлено: 1 эксперт')).toBeInTheDocument();
  const one = getDb().all('reminders').at(-1);
  expect(getDb().all('reminders')).toHaveLength(before + 1);
  expect(getDb().get('experts', one?.expertIds[0] ?? '')?.fullName).toBe(name);

  await user.click(screen.getByRole('button', { name: 'Напомнить всем, кто не успевает' }));
  await waitFor(() => expect(getDb().all('reminders')).toHaveLength(before + 2));
  const everyone = getDb().all('reminders').at(-1)?.expertIds ?? [];
  expect(everyone.length).toBeGreaterThan(1);
  expect(
    await screen.findByText(new RegExp(`^Напоминание отправлено: ${everyone.length} эксперт(а|ов)?$`)),
  ).toBeInTheDocument();
});

test('the divergence list explains each flag and leads to the side-by-side sheets', async () => {
  const divergence = widestDivergence();
  const { user } = await openAs(`${STAGE_URL}/divergences`);
  const table = await screen.findByRole('table', { name: 'Заявки с расхождением оценок' });
  const total = listDivergences(getDb(), STAGE, { page: 1, pageSize: 1 }).total;
  expect(screen.getByText(new RegExp(`${total} заяв`))).toBeInTheDocument();
  const [first] = bodyRows(table);
  if (first === undefined) throw new Error('no divergent application listed');
  expect(within(first).getByText(/Разброс итоговых баллов/)).toBeInTheDocument();
  expect(within(first).getAllByText(/Критерий «.+»: разброс/).length).toBeGreaterThan(0);

  await user.click(within(first).getByRole('link', { name: divergence.title }));
  expect(
    await screen.findByRole('heading', { name: `Заявка ${divergence.applicationId}: оценки экспертов` }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Расхождения' })).toHaveAttribute('aria-current', 'true');
});

test('the side-by-side view shows every sheet’s score and comment per criterion', async () => {
  const { applicationId } = await openWidestDivergence();
  const expected = sideBySide(getDb(), STAGE, applicationId);
  const table = screen.getByRole('table', { name: 'Оценки экспертов по критериям' });
  for (const { expert } of expected.sheets) {
    expect(
      within(table).getByRole('columnheader', { name: new RegExp(expert.fullName) }),
    ).toBeInTheDocument();
  }
  for (const criterion of expected.criteria) {
    const row = within(table).getByRole('row', { name: new RegExp(criterion.title) });
    const cells = within(row).getAllByRole('cell');
    expected.sheets.forEach(({ sheet }, index) => {
      expect(cells[index]).toHaveTextContent(String(sheet.scores[criterion.id]));
      const comment = sheet.comments[criterion.id] ?? '';
      if (comment !== '') expect(cells[index]).toHaveTextContent(comment.replace(/\s+/g, ' ').trim());
    });
  }
  expect(within(table).getAllByText('наибольший').length).toBeGreaterThan(0);
  expect(within(table).getAllByText(/выше порога/).length).toBeGreaterThan(0);
});

test('assigning one more expert lists who is not eligible and why, then adds a pending column', async () => {
  const { user, applicationId } = await openWidestDivergence();
  const before = getDb().assignmentsByApplication(applicationId).length;
  const pool = eligibleExperts(getDb(), STAGE, applicationId).items;

  await user.click(screen.getByRole('button', { name: 'Назначить ещё одного эксперта' }));
  const dialog = await screen.findByRole('dialog', { name: `Ещё один эксперт для заявки ${applicationId}` });
  const auto = await within(dialog).findByRole('radio', { name: /Подобрать автоматически/ });
  expect(auto).toBeChecked();
  for (const item of pool.filter((i) => !i.eligible)) {
    const radio = within(dialog).getByRole('radio', { name: new RegExp(item.expert.fullName) });
    expect(radio).toBeDisabled();
    expect(radio).toHaveAccessibleDescription(expect.stringContaining(item.reasons[0] ?? ''));
  }
  expect(
    within(dialog).getAllByText(/уже назначен|лимит нагрузки|ИНН|конфликт|регион/).length,
  ).toBeGreaterThan(0);

  await user.click(within(dialog).getByRole('button', { name: 'Назначить' }));
  expect(await screen.findByText(/Назначен ещё один эксперт: /)).toBeInTheDocument();
  const added = getDb().assignmentsByApplication(applicationId);
  expect(added).toHaveLength(before + 1);
  const newcomer = getDb().get('experts', added.at(-1)?.expertId ?? '');
  expect(
    await screen.findByRole('columnheader', { name: new RegExp(`${newcomer?.fullName}.*ожидает оценки`) }),
  ).toBeInTheDocument();
});

test('returning a sheet needs a reason, then the sheet shows as returned', async () => {
  const { user, applicationId } = await openWidestDivergence();
  const [first] = sideBySide(getDb(), STAGE, applicationId).sheets;
  if (first === undefined) throw new Error('no sheet to return');

  await user.click(
    screen.getByRole('button', { name: `Вернуть на доработку оценку эксперта ${first.expert.fullName}` }),
  );
  const dialog = await screen.findByRole('dialog', { name: 'Вернуть оценку на доработку' });
  await user.click(within(dialog).getByRole('button', { name: 'Вернуть эксперту' }));
  const reason = within(dialog).getByRole('textbox', { name: 'Причина возврата' });
  expect(reason).toHaveAccessibleDescription(expect.stringContaining('Укажите причину возврата'));
  expect(reason).toHaveAttribute('aria-invalid', 'true');
  expect(reason).toHaveFocus();
  expect(getDb().get('sheets', first.sheet.id)?.status).toBe('submitted');

  await user.type(reason, 'Обоснуйте балл по бюджету');
  await user.click(within(dialog).getByRole('button', { name: 'Вернуть эксперту' }));
  expect(
    await screen.findByText(`Оценка эксперта ${first.expert.fullName} возвращена на доработку.`),
  ).toBeInTheDocument();
  expect(getDb().get('sheets', first.sheet.id)?.status).toBe('returned');
  expect(
    await screen.findByRole('columnheader', {
      name: new RegExp(`${first.expert.fullName}.*Возвращена на доработку`),
    }),
  ).toBeInTheDocument();
});

test('quality signals are grouped by kind, with evidence, and filtered through the URL', async () => {
  const { user, router } = await openAs(`${STAGE_URL}/quality`);
  // Quality signals are computed over the whole stage on first request: slow on a loaded machine.
  expect(
    await screen.findByRole('heading', { name: /Одинаковые баллы по всем критериям/ }, { timeout: 5000 }),
  ).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Слишком быстрые оценки/ })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Эксперты с нетипичными оценками/ })).toBeInTheDocument();
  const copied = screen.getByRole('region', { name: /Повторяющиеся комментарии/ });
  const copier = getDb().get('experts', 'u-e05')?.fullName ?? '';
  const card = within(copied).getByRole('heading', { name: copier }).closest('li');
  if (card === null) throw new Error('no card for the copying expert');
  expect(within(card).getByText('Один и тот же комментарий в 2 заявках')).toBeInTheDocument();
  expect(within(card).getByText(/«.+»/)).toBeInTheDocument();
  expect(within(card).getAllByRole('link', { name: /^Заявка \d+$/ })).toHaveLength(2);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Вид сигнала' }), 'tooFast');
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('kind')).toBe('tooFast'));
  expect(
    (await screen.findAllByText(/^Самая быстрая оценка — за \d+ с$/, undefined, { timeout: 5000 })).length,
  ).toBeGreaterThan(0);
  expect(screen.queryByRole('heading', { name: /Одинаковые баллы/ })).not.toBeInTheDocument();
});

/** What the side-by-side dialog does, done directly so the history test starts from a returned sheet. */
async function returnByApi(sheetId: string, reason: string): Promise<void> {
  const api = `${window.location.origin}/api/v1`;
  const session = (await (await fetch(`${api}/session`)).json()) as Session;
  const response = await fetch(`${api}/sheets/${sheetId}/return`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
    body: JSON.stringify({ reason }),
  });
  if (!response.ok) throw new Error(`returning failed with ${response.status}`);
}

test('the history lists every version with who, when and the return reason, marking what changed', async () => {
  const { applicationId } = widestDivergence();
  const [first] = sideBySide(getDb(), STAGE, applicationId).sheets;
  if (first === undefined) throw new Error('no sheet');
  await signInByApi('coordinator@demo.ru');
  await returnByApi(first.sheet.id, 'Комментарии не объясняют снижение баллов');
  renderApp(`/coordinator/sheets/${first.sheet.id}/history?stage=${STAGE}&application=${applicationId}`);

  expect(await screen.findByRole('heading', { level: 1, name: 'История оценки' })).toBeInTheDocument();
  const versions = screen.getAllByRole('article');
  expect(versions.length).toBeGreaterThanOrEqual(2);
  expect(screen.getByRole('heading', { name: /— отправлена$/ })).toBeInTheDocument();
  const returned = screen.getByRole('heading', { name: /— возвращена на доработку$/ }).closest('article');
  if (returned === null) throw new Error('no returned version');
  expect(within(returned).getByText('Комментарии не объясняют снижение баллов')).toBeInTheDocument();
  expect(within(returned).getByText(/\d{4} г\. в \d{2}:\d{2}/)).toBeInTheDocument();
  const criterion = sideBySide(getDb(), STAGE, applicationId).criteria[0]?.title ?? '';
  expect(within(returned).getByRole('rowheader', { name: criterion })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: `К оценкам заявки ${applicationId}` })).toBeInTheDocument();
});
