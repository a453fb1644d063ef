import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { Application } from '@/api/schemas/applications';
import { getDb } from '@mocks/db/database';
import { coverage } from '@mocks/db/rules/assignment-admin';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

// The demo's grant contest: six nominations, three experts per application, «forbid same region».
const CONTEST = 'c-grant';
const STAGE = 'st-grant-expert';
const PAGE_URL = `/organizer/contests/${CONTEST}/assignments`;
// Анна Сергеевна Иванова: Нижегородская область, affiliated with ИНН 3016997668.
const ANNA = { id: 'u-expert', name: 'Анна Сергеевна Иванова', inn: '3016997668' };

async function openPage(url = PAGE_URL) {
  await signInByApi('organizer@demo.ru');
  const view = renderApp(url);
  // The first test of the file also pays for loading the console's route modules.
  await screen.findByRole('heading', { name: 'Назначения экспертов' }, { timeout: 10_000 });
  return view;
}

/** A new admitted application of the grant contest: nobody evaluates it yet. */
function addApplication(id: string, changes: Partial<Application> = {}): Application {
  const db = getDb();
  const template = db
    .group('applications', 'byContest', CONTEST)
    .find((a) => a.screening.status === 'admitted');
  if (template === undefined) throw new Error('no admitted application to copy');
  const row: Application = {
    ...structuredClone(template),
    id,
    nominationId: 'nom-grant-family',
    organization: { name: `АНО «Проект ${id}»`, inn: `77${id.padStart(8, '0')}` },
    region: { code: '77', name: 'Москва' },
    ...changes,
  };
  return db.insert('applications', row);
}

function stageAssignments() {
  return getDb().assignmentsByStage(STAGE);
}

function coverageSection() {
  return screen.getByRole('region', { name: 'Покрытие заявок' });
}

function legendValue(section: HTMLElement, term: string): string {
  const dt = within(section).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

test('coverage shows the stage totals and every nomination with the numbers the server counts', async () => {
  addApplication('990001');
  addApplication('990002', { nominationId: 'nom-grant-youth' });
  const expected = coverage(getDb(), STAGE);
  expect(expected.uncovered).toBe(2);
  await openPage();

  const section = coverageSection();
  expect(
    within(section).getByText(`${expected.applications} заявки на этапе, на каждую нужно экспертов: 3`),
  ).toBeInTheDocument();
  expect(legendValue(section, 'Полностью')).toMatch(new RegExp(`^${expected.fullyCovered} \\(`));
  expect(legendValue(section, 'Без экспертов')).toMatch(/^2 \(/);

  const table = within(section).getByRole('table', { name: 'Покрытие по номинациям' });
  const rows = within(table).getAllByRole('row');
  // Header, six nominations, total.
  expect(rows).toHaveLength(8);
  const family = expected.byNomination.find((n) => n.nominationId === 'nom-grant-family');
  const familyRow = within(table)
    .getByRole('rowheader', { name: 'Поддержка семьи, материнства и детства' })
    .closest('tr');
  if (familyRow === null || family === undefined) throw new Error('no family row');
  expect(
    within(familyRow)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(
    [
      family.applications,
      family.fullyCovered,
      family.partiallyCovered,
      family.uncovered,
      family.recusedPending,
    ].map(String),
  );
  const totalRow = within(table).getByRole('rowheader', { name: 'Итого' }).closest('tr');
  if (totalRow === null) throw new Error('no total row');
  expect(within(totalRow).getAllByRole('cell')[0]).toHaveTextContent(String(expected.applications));
});

test('the preview shows each expert’s load and the uncovered applications, and assigns nothing until «Распределить»', async () => {
  addApplication('990011');
  const blocked = addApplication('990012', { nominationId: 'nom-grant-youth' });
  // Every expert declares ties to the second applicant: nobody may evaluate it.
  const db = getDb();
  for (const expert of db.all('experts')) {
    db.update('experts', expert.id, {
      affiliations: [
        ...expert.affiliations,
        { name: blocked.organization.name, inn: blocked.organization.inn },
      ],
    });
  }
  const before = stageAssignments().length;
  const { user } = await openPage();

  const distribution = screen.getByRole('region', { name: 'Автоматическое распределение' });
  expect(within(distribution).getByLabelText('Экспертов на заявку')).toHaveValue(3);
  expect(within(distribution).getByText(/детерминировано/)).toBeInTheDocument();
  await user.click(within(distribution).getByRole('button', { name: 'Построить предпросмотр' }));

  const preview = await screen.findByRole('region', { name: 'Предпросмотр распределения' });
  expect(within(preview).getByText('Новых назначений').nextElementSibling).toHaveTextContent('3');
  expect(
    within(preview).getByText('Заявок останутся без полного набора').nextElementSibling,
  ).toHaveTextContent('1');
  const uncovered = within(preview).getByRole('table', { name: 'Заявки, которым не хватает экспертов' });
  const blockedRow = within(uncovered).getByRole('rowheader', { name: '990012' }).closest('tr');
  if (blockedRow === null) throw new Error('no uncovered row');
  expect(within(blockedRow).getByText(/Нет эксперта без конфликта интересов/)).toBeInTheDocument();
  expect(within(blockedRow).getAllByRole('cell')[0]).toHaveTextContent('3');

  const loads = within(preview).getByRole('table', { name: /Нагрузка экспертов/ });
  const grown = within(loads)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => within(row).getAllByRole('cell')[2]?.textContent === '+1');
  expect(grown).toHaveLength(3);
  // Sortable by load: the column header says which order is applied.
  await user.click(within(loads).getByRole('button', { name: /Было/ }));
  expect(within(loads).getByRole('columnheader', { name: /Было/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // A preview commits nothing.
  expect(stageAssignments()).toHaveLength(before);

  await user.click(within(preview).getByRole('button', { name: 'Распределить' }));
  expect(await screen.findByText('Распределение применено: создано 3 назначения.')).toBeInTheDocument();
  expect(stageAssignments()).toHaveLength(before + 3);
  expect(stageAssignments().filter((a) => a.applicationId === '990011')).toHaveLength(3);
  await waitFor(() => expect(legendValue(coverageSection(), 'Без экспертов')).toMatch(/^1 \(/));
});

test('a stale preview is refused whole, explained, and can be rebuilt', async () => {
  addApplication('990021');
  const { user } = await openPage();
  await user.click(screen.getByRole('button', { name: 'Построить предпросмотр' }));
  const preview = await screen.findByRole('region', { name: 'Предпросмотр распределения' });
  expect(within(preview).getByText('Новых назначений').nextElementSibling).toHaveTextContent('3');
  // Meanwhile every expert's cap is lowered to nothing: the proposed pairs are no longer allowed.
  const db = getDb();
  for (const expert of db.all('experts')) db.update('experts', expert.id, { loadCap: 0 });
  const before = stageAssignments().length;

  await user.click(within(preview).getByRole('button', { name: 'Распределить' }));
  expect(await screen.findByText('Предпросмотр устарел — ничего не назначено')).toBeInTheDocument();
  expect(stageAssignments()).toHaveLength(before);

  await user.click(screen.getByRole('button', { name: 'Построить заново' }));
  await waitFor(() =>
    expect(screen.queryByText('Предпросмотр устарел — ничего не назначено')).not.toBeInTheDocument(),
  );
  expect(screen.getByText('Новых назначений').nextElementSibling).toHaveTextContent('0');
  const uncovered = screen.getByRole('table', { name: 'Заявки, которым не хватает экспертов' });
  expect(within(uncovered).getByText(/достигли лимита нагрузки/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Распределить' })).toBeDisabled();
});

async function openAssignDialog(user: Awaited<ReturnType<typeof openPage>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Назначить эксперта' }));
  return screen.findByRole('dialog', { name: 'Назначить эксперта' });
}

async function chooseExpert(
  user: Awaited<ReturnType<typeof openPage>>['user'],
  dialog: HTMLElement,
  name: string,
) {
  await user.type(within(dialog).getByLabelText('Найти эксперта'), name.split(' ').at(-1) ?? name);
  await user.click(within(dialog).getByRole('radio', { name: new RegExp(name) }));
}

test('a manual assignment refused for a conflict of interest says why and keeps the input', async () => {
  addApplication('990031', { organization: { name: 'Фонд «Берег надежды»', inn: ANNA.inn } });
  const before = stageAssignments().length;
  const { user } = await openPage();
  const dialog = await openAssignDialog(user);

  // Nothing chosen: the form says what is missing and nothing is sent.
  await user.click(within(dialog).getByRole('button', { name: 'Назначить' }));
  expect(within(dialog).getByLabelText('Номера заявок')).toHaveAccessibleDescription(
    /Укажите хотя бы один номер заявки/,
  );
  expect(within(dialog).getByLabelText('Номера заявок')).toHaveFocus();

  await user.type(within(dialog).getByLabelText('Номера заявок'), '990031');
  await chooseExpert(user, dialog, ANNA.name);
  await user.click(within(dialog).getByRole('button', { name: 'Назначить' }));

  const refusal = await within(dialog).findByRole('alert');
  expect(refusal).toHaveTextContent('Не назначена 1 заявка');
  expect(refusal).toHaveTextContent(
    /Заявка 990031: тот же ИНН, что у аффилиации эксперта — .*ИНН 3016997668/,
  );
  expect(within(dialog).getByLabelText('Номера заявок')).toHaveValue('990031');
  expect(stageAssignments()).toHaveLength(before);
});

test('assigning several applications at once creates the valid ones and lists the refused with reasons', async () => {
  addApplication('990041');
  addApplication('990042', { organization: { name: 'Фонд «Берег надежды»', inn: ANNA.inn } });
  const { user } = await openPage();
  const dialog = await openAssignDialog(user);

  // Found by search rather than typed.
  await user.type(within(dialog).getByLabelText('Найти заявку'), '990041');
  await user.click(await within(dialog).findByRole('button', { name: /^Добавить заявку 990041/ }));
  await user.type(within(dialog).getByLabelText('Номера заявок'), ', 990042 abc');
  await chooseExpert(user, dialog, ANNA.name);
  await user.click(within(dialog).getByRole('button', { name: 'Назначить' }));
  expect(within(dialog).getByLabelText('Номера заявок')).toHaveAccessibleDescription(/не подходят: abc/);

  await user.clear(within(dialog).getByLabelText('Номера заявок'));
  await user.type(within(dialog).getByLabelText('Номера заявок'), '990041, 990042');
  await user.click(within(dialog).getByRole('button', { name: 'Назначить' }));
  const result = await within(dialog).findByRole('alert');
  expect(result).toHaveTextContent('Создано 1 назначение');
  expect(result).toHaveTextContent(/Заявка 990042: тот же ИНН/);
  expect(within(dialog).getByLabelText('Номера заявок')).toHaveValue('990042');
  expect(
    stageAssignments()
      .filter((a) => a.applicationId === '990041')
      .map((a) => a.expertId),
  ).toEqual([ANNA.id]);
  expect(stageAssignments().some((a) => a.applicationId === '990042')).toBe(false);
});

test('withdrawing selected assignments reports the submitted ones that stay', async () => {
  const byApp = new Map<string, string[]>();
  for (const a of stageAssignments())
    byApp.set(a.applicationId, [...(byApp.get(a.applicationId) ?? []), a.status]);
  const mixed = [...byApp].find(
    ([, statuses]) => statuses.includes('submitted') && statuses.some((s) => s === 'new' || s === 'draft'),
  );
  if (mixed === undefined) throw new Error('no application with submitted and unsubmitted sheets');
  const [applicationId, statuses] = mixed;
  const withdrawable = statuses.filter((s) => s === 'new' || s === 'draft').length;
  const submitted = statuses.filter((s) => s === 'submitted').length;
  const { user } = await openPage(`${PAGE_URL}?application=${applicationId}`);

  const table = await screen.findByRole('table', { name: /Назначения этапа/ });
  // Only the rows that can be withdrawn or not: recusals are not offered.
  for (const row of within(table).getAllByRole('row').slice(1)) {
    if (within(row).queryByText('Самоотвод') !== null) continue;
    await user.click(within(row).getByRole('checkbox'));
  }
  const toolbar = screen.getByRole('toolbar', { name: 'Действия с выбранными назначениями' });
  await user.click(within(toolbar).getByRole('button', { name: 'Снять выбранные назначения' }));
  const dialog = await screen.findByRole('dialog', { name: /^Снять \d+ назначени/ });
  await user.click(within(dialog).getByRole('button', { name: 'Снять' }));

  const refused = await within(dialog).findByRole('alert');
  expect(refused).toHaveTextContent(/оценка уже отправлена/);
  expect(within(refused).getAllByRole('listitem')).toHaveLength(submitted);
  expect(within(dialog).getByText(new RegExp(`^Снято ${withdrawable} назначени`))).toBeInTheDocument();
  expect(
    stageAssignments().filter((a) => a.applicationId === applicationId && a.status !== 'recused'),
  ).toHaveLength(submitted);
});

test('a recusal that left an application short gets a replacement in one action', async () => {
  const db = getDb();
  const recusal = db
    .all('assignments')
    .filter((a) => a.stageId === STAGE && a.status === 'recused')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (recusal === undefined) throw new Error('no recusal in the demo');
  // The demo's latest panel member is taken away, so the application is one expert short again.
  const replacement = db
    .assignmentsByApplication(recusal.applicationId)
    .filter((a) => a.stageId === STAGE && a.status !== 'recused')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (replacement === undefined) throw new Error('no replacement to withdraw');
  const sheetIds = new Set(
    db
      .all('sheets')
      .filter((s) => s.assignmentId === replacement.id)
      .map((s) => s.id),
  );
  db.removeWhere('sheetHistory', (h) => sheetIds.has(h.sheetId));
  db.removeWhere('sheets', (s) => s.assignmentId === replacement.id);
  db.remove('assignments', replacement.id);
  const { user } = await openPage();

  const section = screen.getByRole('region', { name: 'Самоотводы экспертов' });
  const row = within(section).getByRole('rowheader', { name: recusal.applicationId }).closest('tr');
  if (row === null) throw new Error('no recusal row');
  expect(await within(row).findByText('2 из 3 — нужна замена')).toBeInTheDocument();
  expect(within(row).getByText(/заинтересованность|Аффилированность|Другое/)).toBeInTheDocument();

  await user.click(within(row).getByRole('button', { name: /^Назначить замену по заявке/ }));
  const dialog = await screen.findByRole('dialog', {
    name: `Замена эксперта по заявке ${recusal.applicationId}`,
  });
  const choices = await within(dialog).findAllByRole('radio');
  const pick = choices.find((c) => !(c as HTMLInputElement).disabled);
  if (pick === undefined) throw new Error('nobody eligible');
  await user.click(pick);
  await user.click(within(dialog).getByRole('button', { name: 'Назначить замену' }));

  expect(
    await screen.findByText(new RegExp(`назначен\\(а\\) на заявку ${recusal.applicationId}\\.`)),
  ).toBeInTheDocument();
  expect(await within(row).findByText('3 из 3 — замена есть')).toBeInTheDocument();
  const active = db
    .assignmentsByApplication(recusal.applicationId)
    .filter((a) => a.stageId === STAGE && a.status !== 'recused');
  expect(active).toHaveLength(3);
  expect(active.some((a) => a.expertId === recusal.expertId)).toBe(false);
});
