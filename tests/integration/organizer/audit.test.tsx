import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { recordAudit } from '@mocks/db/rules/audit';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const GRANT = 'c-grant';
const STAGES_URL = `/organizer/contests/${GRANT}/stages`;
const AUDIT_URL = `/organizer/contests/${GRANT}/audit`;

async function signIn() {
  await signInByApi('organizer@demo.ru');
}

function rows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'События журнала, сначала новые' });
  return within(table).getAllByRole('row').slice(1);
}

function organizerName(): string {
  const user = getDb()
    .all('users')
    .find((u) => u.email === 'organizer@demo.ru');
  if (user === undefined) throw new Error('no demo organizer');
  return user.fullName;
}

/** Moves the grant's final stage deadline through the stages page, as an organizer does. */
async function changeFinalDeadline(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { level: 2, name: 'Этапы' }, { timeout: 5000 });
  await user.click(screen.getByRole('button', { name: 'Изменить этап «Подведение итогов»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Этап «Подведение итогов»' });
  fireEvent.change(within(dialog).getByLabelText('Срок окончания'), {
    target: { value: '2099-05-01T18:00' },
  });
  await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

test('the log lists the change just made, newest first, with who, what and the old and new value', async () => {
  await signIn();
  const { user } = renderApp(STAGES_URL);
  const before = getDb().get('stages', 'st-grant-final')?.deadline ?? '';
  await changeFinalDeadline(user);

  await user.click(screen.getByRole('link', { name: 'Журнал' }));
  await screen.findByRole('heading', { level: 2, name: 'Журнал изменений' }, { timeout: 5000 });
  const [stageRow, deadlineRow] = rows();
  if (stageRow === undefined || deadlineRow === undefined) throw new Error('the change is not logged');
  // One request, two events: the stage update and, findable on its own, the deadline move.
  expect(within(stageRow).getByText('Этап')).toBeInTheDocument();
  expect(within(stageRow).getByText('Изменён')).toBeInTheDocument();
  expect(within(stageRow).getByText(organizerName())).toBeInTheDocument();
  expect(within(deadlineRow).getByText('Перенесён срок')).toBeInTheDocument();
  const changes = within(stageRow).getByRole('definition');
  expect(within(stageRow).getByRole('term')).toHaveTextContent('Срок');
  // Only the field that moved is shown, old value then new, in Moscow time.
  expect(within(changes).getByText('01.05.2099, 18:00')).toHaveAttribute(
    'datetime',
    '2099-05-01T15:00:00.000Z',
  );
  expect(within(changes).getAllByRole('time')[0]).toHaveAttribute('datetime', before);
  expect(changes).toHaveTextContent(/Было: .+Стало: 01\.05\.2099, 18:00/);
});

test('the log filters by object type and ID, keeping the filter in the URL', async () => {
  await signIn();
  const { user, router } = renderApp(AUDIT_URL);
  await screen.findByRole('heading', { level: 2, name: 'Журнал изменений' }, { timeout: 5000 });
  await user.selectOptions(screen.getByLabelText('Объект'), 'Срок');
  await user.click(screen.getByRole('button', { name: 'Показать' }));

  await waitFor(() => expect(router.state.location.search).toBe('?type=deadline'));
  const deadlines = getDb()
    .group('auditEvents', 'byContest', GRANT)
    .filter((e) => e.objectType === 'deadline');
  await waitFor(() => expect(rows()).toHaveLength(deadlines.length));
  for (const row of rows()) expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(/^Срок/);
  // The demo's extension for one expert is there, with its reason.
  expect(screen.getByText(/Основание: Эксперт был на больничном/)).toBeInTheDocument();

  await user.type(screen.getByLabelText('ID объекта'), 'cs-grant');
  await user.click(screen.getByRole('button', { name: 'Показать' }));
  await waitFor(() => expect(router.state.location.search).toBe('?type=deadline&object=cs-grant'));
  expect(await screen.findByText('Событий не найдено')).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText('Объект'), 'Набор критериев');
  await user.click(screen.getByRole('button', { name: 'Показать' }));
  await waitFor(() => expect(router.state.location.search).toBe('?type=criteriaSet&object=cs-grant'));
  const history = getDb()
    .group('auditEvents', 'byContest', GRANT)
    .filter((e) => e.objectType === 'criteriaSet' && e.objectId === 'cs-grant');
  await waitFor(() => expect(rows()).toHaveLength(history.length));
  expect(screen.getByRole('status')).toHaveTextContent(`Найдено ${history.length}`);
  expect(screen.getByText('Исправлены формулировки')).toBeInTheDocument();
});

test('choosing a person shows only their changes, names them, and the filter can be removed', async () => {
  await signIn();
  const { user, router } = renderApp(STAGES_URL);
  await changeFinalDeadline(user);
  await user.click(screen.getByRole('link', { name: 'Журнал' }));
  await screen.findByRole('heading', { level: 2, name: 'Журнал изменений' }, { timeout: 5000 });
  const name = organizerName();
  const [first] = rows();
  if (first === undefined) throw new Error('empty log');
  await user.click(within(first).getByRole('link', { name: `Все изменения: ${name}` }));

  await waitFor(() => expect(router.state.location.search).toMatch(/^\?actor=/), { timeout: 5000 });
  expect(
    await screen.findByText(`Только изменения: ${name}`, undefined, { timeout: 5000 }),
  ).toBeInTheDocument();
  const theirs = getDb()
    .group('auditEvents', 'byContest', GRANT)
    .filter((e) => e.actor.name === name);
  const total = getDb().group('auditEvents', 'byContest', GRANT).length;
  expect(theirs.length).toBeLessThan(total);
  expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`Найдено ${theirs.length} `));
  for (const row of rows()) expect(within(row).getByText(name)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: `Убрать фильтр по человеку ${name}` }));
  await waitFor(() => expect(router.state.location.search).toBe(''));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`Найдено ${total} `)));
});

test('the log is paged on the server and the page is kept in the URL', async () => {
  await signIn();
  const total = getDb().group('auditEvents', 'byContest', GRANT).length;
  expect(total).toBeGreaterThan(25);
  const { user, router } = renderApp(AUDIT_URL);
  await screen.findByRole('heading', { level: 2, name: 'Журнал изменений' }, { timeout: 5000 });
  expect(rows()).toHaveLength(25);
  const newest = rows()[0]?.textContent;
  await user.click(screen.getByRole('button', { name: 'Страница 2' }));
  await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Страница 2' })).toHaveAttribute('aria-current', 'page'),
  );
  expect(rows()[0]?.textContent).not.toBe(newest);
});

test('text in the log is shown as text, never as markup, and long values fold away', async () => {
  await signIn();
  const hostile = '<img src=x onerror=alert(1)>';
  const long = `${'Очень длинное описание номинации. '.repeat(8)}Конец.`;
  recordAudit(getDb(), {
    contestId: GRANT,
    at: new Date().toISOString(),
    actor: { id: 'u-org', name: 'Организатор' },
    objectType: 'nomination',
    objectId: 'nom-x',
    action: 'updated',
    before: { title: 'Добрая семья', description: 'Коротко' },
    after: { title: hostile, description: long },
    reason: hostile,
  });
  const { user } = renderApp(AUDIT_URL);
  await screen.findByRole('heading', { level: 2, name: 'Журнал изменений' }, { timeout: 5000 });
  const [row] = rows();
  if (row === undefined) throw new Error('empty log');
  expect(within(row).getByText(hostile)).toBeInTheDocument();
  expect(within(row).getByText(`Основание: ${hostile}`)).toBeInTheDocument();
  expect(document.querySelector('img[src="x"]')).toBeNull();
  const folded = within(row).getByText(/^Очень длинное описание номинации\..*…$/);
  expect(folded.tagName).toBe('SUMMARY');
  await user.click(folded);
  expect(within(row).getByText(long)).toBeVisible();
});
