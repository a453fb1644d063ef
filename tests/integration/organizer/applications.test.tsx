import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const CONTEST = 'c-grant';
const LIST_URL = `/organizer/contests/${CONTEST}/applications`;

/** Each filter change is a navigation that reloads a page of thousands on the mock server. */
const SLOW = { timeout: 4000 };

async function openList(search = '') {
  await signInByApi('organizer@demo.ru');
  const view = renderApp(`${LIST_URL}${search}`);
  await screen.findByRole('heading', { level: 2, name: 'Заявки' }, { timeout: 5000 });
  return view;
}

function listTable(): HTMLElement {
  return screen.getByRole('table', { name: /Заявки конкурса/ });
}

function rowOf(id: string): HTMLElement {
  const cell = within(listTable()).getByText(id, { selector: 'td' });
  const tr = cell.closest('tr');
  if (tr === null) throw new Error(`no row for ${id}`);
  return tr;
}

function pendingApplication() {
  const app = getDb()
    .group('applications', 'byContest', CONTEST)
    .find((a) => a.screening.status === 'pending');
  if (app === undefined) throw new Error('the demo contest has no pending application');
  return app;
}

test('the list shows each application with its organisation, ИНН, region, nomination, amount and screening', async () => {
  const app = getDb().get('applications', '1204');
  if (app === undefined) throw new Error('no application 1204 in the demo');
  await openList('?q=1204');
  const total = getDb()
    .group('applications', 'byContest', CONTEST)
    .filter((a) => a.id.includes('1204')).length;
  expect(screen.getByText(new RegExp(`Найден[аоы]? ${total} заяв`))).toBeInTheDocument();
  const row = rowOf('1204');
  expect(within(row).getByRole('rowheader', { name: app.title })).toBeInTheDocument();
  expect(row).toHaveTextContent(app.organization.name);
  expect(row).toHaveTextContent(`ИНН ${app.organization.inn}`);
  expect(row).toHaveTextContent(app.region.name);
  expect(row).toHaveTextContent('Сохранение исторической памяти');
  expect(row).toHaveTextContent('810 000 ₽');
  expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('1204');
  expect(screen.getByRole('link', { name: 'Импортировать заявки' })).toHaveAttribute(
    'href',
    `${LIST_URL}/import`,
  );
});

test('filters, sort and page live in the URL and are applied by the server', async () => {
  const { user, router } = await openList();
  const all = getDb().group('applications', 'byContest', CONTEST);
  expect(within(listTable()).getByText(`1–50 из ${all.length}`)).toBeInTheDocument();

  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Номинация' }),
    'Поддержка молодёжных проектов',
  );
  const youth = all.filter((a) => a.nominationId === 'nom-grant-youth');
  await waitFor(
    () => expect(within(listTable()).getByText(new RegExp(`из ${youth.length}$`))).toBeInTheDocument(),
    SLOW,
  );
  expect(new URLSearchParams(router.state.location.search).get('nomination')).toBe('nom-grant-youth');

  await user.click(within(listTable()).getByRole('button', { name: /Сумма/ }));
  await waitFor(
    () =>
      expect(within(listTable()).getByRole('columnheader', { name: /Сумма/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      ),
    SLOW,
  );
  const first = [...youth].sort((a, b) => b.requestedAmount - a.requestedAmount)[0];
  const firstRow = within(listTable()).getAllByRole('row')[1];
  expect(firstRow).toHaveTextContent(first?.title ?? '');
  expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('-requestedAmount');

  await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
  await waitFor(
    () => expect(within(listTable()).getByText(`1–50 из ${all.length}`)).toBeInTheDocument(),
    SLOW,
  );
  await user.click(screen.getByRole('button', { name: 'Страница 2' }));
  await waitFor(
    () => expect(within(listTable()).getByText(`51–100 из ${all.length}`)).toBeInTheDocument(),
    SLOW,
  );
  expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');
});

test('a search that finds nothing says so', async () => {
  const { user } = await openList();
  await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'нет такой заявки');
  await user.click(screen.getByRole('button', { name: 'Найти' }));
  expect(await screen.findByText('Ничего не нашлось')).toBeInTheDocument();
});

test('rejecting an application needs a reason; the status and the reason then show in the list', async () => {
  const app = pendingApplication();
  const { user } = await openList(`?q=${app.id}`);
  await user.click(within(rowOf(app.id)).getByRole('button', { name: `Отклонить заявку ${app.id}` }));
  const dialog = await screen.findByRole('dialog', { name: `Отклонить заявку ${app.id}` });
  await user.click(within(dialog).getByRole('button', { name: 'Отклонить заявку' }));
  const reason = within(dialog).getByRole('textbox', { name: 'Причина отказа' });
  expect(reason).toHaveAttribute('aria-invalid', 'true');
  expect(reason).toHaveAccessibleDescription(/Укажите причину отказа — без неё заявку не отклонить/);
  expect(reason).toHaveFocus();
  expect(getDb().get('applications', app.id)?.screening.status).toBe('pending');

  await user.type(reason, 'Не приложен устав организации');
  await user.click(within(dialog).getByRole('button', { name: 'Отклонить заявку' }));
  expect(await screen.findByText(`Заявка ${app.id} отклонена.`)).toBeInTheDocument();
  await waitFor(() => expect(within(rowOf(app.id)).getByText('Отклонена')).toBeInTheDocument());
  expect(within(rowOf(app.id)).getByText('Причина: Не приложен устав организации')).toBeInTheDocument();
  expect(getDb().get('applications', app.id)?.screening).toMatchObject({
    status: 'rejected',
    reason: 'Не приложен устав организации',
  });
});

test('admitting an application updates its status and the screening filter', async () => {
  const app = pendingApplication();
  const { user } = await openList(`?q=${app.id}&screening=pending`);
  await user.click(within(rowOf(app.id)).getByRole('button', { name: `Допустить заявку ${app.id}` }));
  const dialog = await screen.findByRole('dialog', { name: `Допустить заявку ${app.id}` });
  await user.click(within(dialog).getByRole('button', { name: 'Допустить' }));
  expect(await screen.findByText(`Заявка ${app.id} допущена к экспертизе.`)).toBeInTheDocument();
  // Filtered by «Не проверена», the admitted application leaves the list.
  expect(await screen.findByText('Ничего не нашлось')).toBeInTheDocument();
  expect(getDb().get('applications', app.id)?.screening.status).toBe('admitted');
});
