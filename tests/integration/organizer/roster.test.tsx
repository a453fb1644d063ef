import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { expertLoads } from '@mocks/db/rules/expert-load';
import { server } from '@mocks/node';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const ROSTER = '/organizer/experts';

async function openAs(url: string) {
  await signInByApi('organizer@demo.ru');
  return renderApp(url);
}

async function rosterTable(): Promise<HTMLElement> {
  // The first test of the file also pays for loading the console's route modules.
  return screen.findByRole('table', { name: /Эксперты пула/ }, { timeout: 5000 });
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  // The first row holds the column headers.
  return within(table).getAllByRole('row').slice(1);
}

function expertByEmail(email: string) {
  const expert = getDb()
    .all('experts')
    .find((e) => e.email === email);
  if (expert === undefined) throw new Error(`no expert ${email} in the demo`);
  return expert;
}

test('the roster lists experts with region, affiliations, status and load against the cap', async () => {
  await openAs(ROSTER);
  expect(await screen.findByRole('heading', { level: 1, name: 'Эксперты' }, { timeout: 5000 })).toBeVisible();
  expect(screen.getByRole('link', { name: /Все конкурсы/ })).toHaveAttribute('href', '/organizer');
  const table = await rosterTable();
  expect(within(table).getByText(/1–20 из 32/)).toBeInTheDocument();
  expect(bodyRows(table)).toHaveLength(20);

  const chair = expertByEmail('chair@demo.ru');
  const row = within(table).getByRole('link', { name: chair.fullName }).closest('tr');
  if (row === null) throw new Error('no row for the chair');
  expect(within(row).getByText('Санкт-Петербург')).toBeInTheDocument();
  expect(within(row).getByText(`ИНН ${chair.affiliations[0]?.inn ?? ''}`)).toBeInTheDocument();
  expect(within(row).getByText('Активен')).toBeInTheDocument();
  expect(within(row).getByText(new RegExp(`из ${chair.loadCap}`))).toBeInTheDocument();
});

test('searching by name and filtering by region and nomination narrow the list through the URL', async () => {
  const { user, router } = await openAs(ROSTER);
  await rosterTable();

  await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'chair@{Enter}');
  await waitFor(() => expect(router.state.location.search).toBe('?q=chair%40'));
  const found = await rosterTable();
  await waitFor(() => expect(bodyRows(found)).toHaveLength(1));
  expect(within(found).getByText('chair@demo.ru')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
  await waitFor(() => expect(router.state.location.search).toBe(''));

  await user.selectOptions(screen.getByRole('combobox', { name: 'Регион' }), '78');
  await waitFor(() => expect(router.state.location.search).toBe('?region=78'));
  const spb = getDb()
    .all('experts')
    .filter((e) => e.region.code === '78');
  await waitFor(async () => expect(bodyRows(await rosterTable())).toHaveLength(spb.length));
  for (const row of bodyRows(await rosterTable()))
    expect(within(row).getByText('Санкт-Петербург')).toBeVisible();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Экспертиза' }), 'Наставник');
  await waitFor(() => expect(router.state.location.search).toBe('?region=78&nomination=nom-prize-mentor'));
  const mentors = spb.filter((e) => e.expertiseNominationIds.includes('nom-prize-mentor'));
  expect(mentors.length).toBeGreaterThan(0);
  await waitFor(async () => expect(bodyRows(await rosterTable())).toHaveLength(mentors.length));
});

test('a search that matches nobody says so and offers to clear the filters', async () => {
  const { user } = await openAs(`${ROSTER}?q=${encodeURIComponent('Несуществующий Эксперт')}`);
  expect(await screen.findByText('Никого не нашлось', {}, { timeout: 5000 })).toBeVisible();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  const clear = screen.getAllByRole('button', { name: 'Сбросить фильтры' });
  await user.click(clear[clear.length - 1] as HTMLElement);
  expect(await rosterTable()).toBeInTheDocument();
});

test('sorting by load puts the busiest expert first', async () => {
  const { user, router } = await openAs(ROSTER);
  const table = await rosterTable();
  await user.click(within(table).getByRole('button', { name: /Нагрузка/ }));
  await waitFor(() => expect(router.state.location.search).toBe('?sort=-load'));
  await waitFor(async () =>
    expect(within(await rosterTable()).getByRole('columnheader', { name: /Нагрузка/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    ),
  );
  const loads = expertLoads(getDb());
  const busiest = Math.max(
    ...getDb()
      .all('experts')
      .map((e) => loads.get(e.id) ?? 0),
  );
  // The header shows the new order at once; the rows follow when the loader has the new page.
  await waitFor(async () => {
    const [first] = bodyRows(await rosterTable());
    expect(within(first as HTMLElement).getByText(new RegExp(`^${busiest} из \\d+`))).toBeInTheDocument();
  });
});

test('a failed save says to retry and keeps everything typed', async () => {
  server.use(http.post('*/api/v1/experts', () => HttpResponse.json({}, { status: 503 })));
  const { user } = await openAs(ROSTER);
  await rosterTable();
  await user.click(screen.getByRole('button', { name: 'Добавить эксперта' }));
  const form = within(await screen.findByRole('dialog', { name: 'Новый эксперт' }));
  await user.type(form.getByLabelText('ФИО'), 'Ольга Петровна Смирнова');
  await user.type(form.getByLabelText('Электронная почта'), 'o.smirnova@example.ru');
  await user.selectOptions(form.getByLabelText('Регион'), '16');
  await user.click(form.getByRole('button', { name: 'Добавить эксперта' }));
  expect(await form.findByRole('alert')).toHaveTextContent(
    'Не удалось сохранить, повторите. Введённые данные остались в форме.',
  );
  expect(form.getByLabelText('ФИО')).toHaveValue('Ольга Петровна Смирнова');
  expect(form.getByLabelText('Электронная почта')).toHaveValue('o.smirnova@example.ru');
  expect(form.getByLabelText('Регион')).toHaveValue('16');
});

test('adding an expert checks the ИНН, puts a taken e-mail on its field, and lists the new expert', async () => {
  const { user } = await openAs(ROSTER);
  await rosterTable();
  await user.click(screen.getByRole('button', { name: 'Добавить эксперта' }));
  const dialog = await screen.findByRole('dialog', { name: 'Новый эксперт' });
  const form = within(dialog);

  await user.type(form.getByLabelText('ФИО'), 'Ольга Петровна Смирнова');
  await user.type(form.getByLabelText('Электронная почта'), 'chair@demo.ru');
  await user.selectOptions(form.getByLabelText('Регион'), '16');
  await user.clear(form.getByLabelText('Лимит нагрузки'));
  await user.type(form.getByLabelText('Лимит нагрузки'), '25');
  await user.click(form.getByRole('button', { name: 'Добавить организацию' }));
  await user.type(form.getByLabelText('Организация 1: название'), 'АНО «Добрые руки»');
  await user.type(form.getByLabelText('Организация 1: ИНН'), '7707083890');
  await user.click(form.getByRole('checkbox', { name: 'Наставник' }));
  await user.click(form.getByRole('button', { name: 'Добавить эксперта' }));

  const inn = form.getByLabelText('Организация 1: ИНН');
  expect(inn).toHaveAttribute('aria-invalid', 'true');
  expect(inn).toHaveAccessibleDescription(/не проходит проверку контрольной суммы/);
  expect(inn).toHaveFocus();

  await user.clear(inn);
  await user.type(inn, '7707083893');
  await user.click(form.getByRole('button', { name: 'Добавить эксперта' }));
  const email = form.getByLabelText('Электронная почта');
  await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
  expect(email).toHaveAccessibleDescription(/Эта почта уже принадлежит другому эксперту/);
  expect(email).toHaveFocus();
  // Nothing typed is lost.
  expect(form.getByLabelText('ФИО')).toHaveValue('Ольга Петровна Смирнова');
  expect(form.getByRole('checkbox', { name: 'Наставник' })).toBeChecked();

  await user.clear(email);
  await user.type(email, 'o.smirnova@example.ru');
  await user.click(form.getByRole('button', { name: 'Добавить эксперта' }));
  expect(await screen.findByText('Эксперт Ольга Петровна Смирнова добавлен в пул.')).toBeVisible();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  const saved = expertByEmail('o.smirnova@example.ru');
  expect(saved).toMatchObject({
    region: { code: '16', name: 'Республика Татарстан' },
    affiliations: [{ name: 'АНО «Добрые руки»', inn: '7707083893' }],
    expertiseNominationIds: ['nom-prize-mentor'],
    loadCap: 25,
    active: true,
  });
  await waitFor(async () => expect(within(await rosterTable()).getByText(/1–20 из 33/)).toBeInTheDocument());
});

test('the add form names every missing field and moves focus to the first', async () => {
  const { user } = await openAs(ROSTER);
  await rosterTable();
  await user.click(screen.getByRole('button', { name: 'Добавить эксперта' }));
  const form = within(await screen.findByRole('dialog', { name: 'Новый эксперт' }));
  await user.click(form.getByRole('button', { name: 'Добавить эксперта' }));
  expect(form.getByLabelText('ФИО')).toHaveFocus();
  expect(form.getByLabelText('ФИО')).toHaveAccessibleDescription(/Укажите ФИО эксперта/);
  expect(form.getByLabelText('Электронная почта')).toHaveAccessibleDescription(/Укажите электронную почту/);
  expect(form.getByLabelText('Регион')).toHaveAccessibleDescription(/Выберите регион эксперта/);
  expect(form.getByRole('alert')).toHaveTextContent('Проверьте отмеченные поля.');
});

test('the profile shows the expert and saves a new load cap', async () => {
  const expert = expertByEmail('expert01@demo.ru');
  const { user } = await openAs(`/organizer/experts/${expert.id}`);
  expect(
    await screen.findByRole('heading', { level: 1, name: expert.fullName }, { timeout: 5000 }),
  ).toBeVisible();
  expect(screen.getByText(`${expert.email} · ${expert.region.name}`)).toBeVisible();
  expect(await screen.findByRole('table', { name: 'Нагрузка по этапам' })).toBeVisible();

  const cap = screen.getByLabelText('Лимит нагрузки');
  expect(cap).toHaveValue(String(expert.loadCap));
  await user.clear(cap);
  await user.type(cap, 'много');
  await user.click(screen.getByRole('button', { name: 'Сохранить изменения' }));
  expect(cap).toHaveAccessibleDescription(/Лимит — целое число от 0 до 1000/);

  await user.clear(cap);
  await user.type(cap, '75');
  await user.click(screen.getByRole('button', { name: 'Сохранить изменения' }));
  expect(await screen.findByText('Изменения сохранены.')).toBeVisible();
  expect(expertByEmail('expert01@demo.ru').loadCap).toBe(75);
  expect(screen.getByText(/из 75/)).toBeVisible();
});

test('an expert is deactivated after confirmation and can be brought back', async () => {
  const expert = expertByEmail('expert02@demo.ru');
  const { user } = await openAs(`/organizer/experts/${expert.id}`);
  await user.click(await screen.findByRole('button', { name: 'Отключить эксперта' }, { timeout: 5000 }));
  const dialog = await screen.findByRole('dialog', { name: 'Отключить эксперта?' });
  expect(within(dialog).getByText(/не удаляется/)).toBeVisible();
  await user.click(within(dialog).getByRole('button', { name: 'Отключить' }));
  expect(await screen.findByText('Эксперт отключён.')).toBeVisible();
  expect(getDb().get('experts', expert.id)?.active).toBe(false);

  await user.click(screen.getByRole('button', { name: 'Вернуть эксперта в работу' }));
  expect(await screen.findByText('Эксперт снова в работе.')).toBeVisible();
  expect(getDb().get('experts', expert.id)?.active).toBe(true);
});

test('an unknown expert ID shows the not-found page', async () => {
  await openAs('/organizer/experts/u-nobody');
  expect(
    await screen.findByRole('heading', { name: 'Страница не найдена' }, { timeout: 5000 }),
  ).toBeVisible();
});

test('an empty pool invites the organizer to add the first expert', async () => {
  getDb().removeWhere('experts', () => true);
  const { user } = await openAs(ROSTER);
  expect(await screen.findByText('В пуле пока нет экспертов', {}, { timeout: 5000 })).toBeVisible();
  const addButtons = screen.getAllByRole('button', { name: 'Добавить эксперта' });
  await user.click(addButtons[addButtons.length - 1] as HTMLElement);
  expect(await screen.findByRole('dialog', { name: 'Новый эксперт' })).toBeVisible();
});
