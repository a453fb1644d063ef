import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { server } from '@mocks/node';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const GRANT = 'c-grant';
const GRANT_TITLE = /^Конкурс грантов для социально ориентированных НКО/;
const RELEVANCE = 'Выше балл по критерию «Актуальность и социальная значимость проекта»';

async function openAs(url: string) {
  await signInByApi('organizer@demo.ru');
  return renderApp(url);
}

async function openGrantSettings() {
  const view = await openAs(`/organizer/contests/${GRANT}`);
  await screen.findByRole('heading', { level: 2, name: 'Настройки конкурса' }, { timeout: 5000 });
  return view;
}

function grant() {
  const contest = getDb().get('contests', GRANT);
  if (contest === undefined) throw new Error('the demo has no grant contest');
  return contest;
}

test('the organizer home lists every contest as a link into its area, with the expert pool one click away', async () => {
  await openAs('/organizer');
  const table = await screen.findByRole('table', { name: 'Конкурсы организатора' }, { timeout: 5000 });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(3);
  const link = within(table).getByRole('link', { name: GRANT_TITLE });
  expect(link).toHaveAttribute('href', `/organizer/contests/${GRANT}`);
  const row = link.closest('tr');
  if (row === null) throw new Error('no row for the grant contest');
  expect(within(row).getByText('Грантовый конкурс')).toBeInTheDocument();
  expect(within(row).getByText('Идёт')).toBeInTheDocument();
  expect(within(table).getByRole('columnheader', { name: 'Последнее изменение' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Пул экспертов/ })).toHaveAttribute('href', '/organizer/experts');
});

test('with no contests the home says so and offers to create the first one', async () => {
  getDb().removeWhere('contests', () => true);
  await openAs('/organizer');
  expect(await screen.findByText('Конкурсов пока нет', {}, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getAllByRole('button', { name: 'Создать конкурс' })).toHaveLength(2);
});

test('an organizer creates a contest from the home and lands on its settings', async () => {
  const { user, router } = await openAs('/organizer');
  await screen.findByRole('table', { name: 'Конкурсы организатора' }, { timeout: 5000 });
  await user.click(screen.getByRole('button', { name: 'Создать конкурс' }));
  const dialog = screen.getByRole('dialog', { name: 'Новый конкурс' });

  await user.click(within(dialog).getByRole('button', { name: 'Создать' }));
  const title = within(dialog).getByLabelText('Название конкурса');
  expect(title).toHaveAttribute('aria-invalid', 'true');
  expect(title).toHaveAccessibleDescription(expect.stringContaining('Заполните это поле'));
  expect(title).toHaveFocus();

  await user.type(title, 'Премия «Добрые соседи» <img src=x onerror=alert(1)>');
  await user.click(within(dialog).getByRole('radio', { name: 'Премия' }));
  await user.type(within(dialog).getByLabelText('Описание'), 'Для инициатив жителей');
  await user.click(within(dialog).getByRole('button', { name: 'Создать' }));

  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Премия «Добрые соседи» <img src=x onerror=alert(1)>',
    }),
  ).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 2, name: 'Настройки конкурса' })).toBeInTheDocument();
  expect(screen.getByText(/создан\. Задайте его настройки/)).toBeInTheDocument();
  const created = getDb()
    .all('contests')
    .find((c) => c.title.startsWith('Премия «Добрые соседи»'));
  expect(created).toMatchObject({ kind: 'prize', status: 'draft', description: 'Для инициатив жителей' });
  expect(router.state.location.pathname).toBe(`/organizer/contests/${created?.id ?? ''}`);
  expect(screen.getByRole('link', { name: 'Настройки' })).toHaveAttribute('aria-current', 'page');
});

test('settings show the contest as saved: method, thresholds, rules and tie-break order', async () => {
  await openGrantSettings();
  expect(screen.getByLabelText('Название конкурса')).toHaveValue(grant().title);
  expect(screen.getByRole('radio', { name: 'Среднее' })).toBeChecked();
  expect(screen.getByLabelText('Порог разброса итоговых баллов, % от максимума')).toHaveValue(30);
  expect(screen.getByRole('checkbox', { name: 'Проверять разброс по каждому критерию' })).toBeChecked();
  expect(screen.getByLabelText('Порог разброса по критерию, баллов')).toHaveValue(6);
  expect(screen.getByRole('radio', { name: 'Запретить экспертов из региона заявки' })).toBeChecked();
  expect(screen.getByRole('radio', { name: 'Обязательный' })).toBeChecked();
  expect(screen.getByLabelText('Экспертов на одну заявку')).toHaveValue(3);
  const rules = within(screen.getByRole('list', { name: 'Правила разделения равных баллов' })).getAllByRole(
    'listitem',
  );
  expect(rules.map((r) => r.textContent)).toEqual([
    expect.stringContaining(RELEVANCE),
    expect.stringContaining('Раньше отправлены все оценки'),
    expect.stringContaining('Меньше номер (ID) заявки'),
  ]);
});

test('changed settings and a tie-break rule moved with Alt+↓ are saved and announced', async () => {
  const { user } = await openGrantSettings();
  await user.click(screen.getByRole('radio', { name: 'Медиана' }));
  const experts = screen.getByLabelText('Экспертов на одну заявку');
  await user.clear(experts);
  await user.type(experts, '4');
  await user.click(screen.getByRole('checkbox', { name: 'Проверять разброс по каждому критерию' }));
  await user.click(screen.getByRole('checkbox', { name: /Показывать эксперту обезличенные оценки/ }));
  await user.click(screen.getByRole('radio', { name: 'Нужен хотя бы один эксперт из региона заявки' }));

  const down = screen.getByRole('button', { name: `Ниже: правило «${RELEVANCE}»` });
  down.focus();
  await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
  expect(screen.getByText(`Правило «${RELEVANCE}» теперь на месте 2 из 3.`)).toBeInTheDocument();
  await waitFor(() =>
    expect(screen.getByRole('button', { name: `Ниже: правило «${RELEVANCE}»` })).toHaveFocus(),
  );

  await user.click(screen.getByRole('button', { name: 'Убрать правило «Меньше номер (ID) заявки»' }));
  expect(screen.getByText('Правило «Меньше номер (ID) заявки» убрано.')).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Новое правило'), 'Меньше номер (ID) заявки');
  await user.click(screen.getByRole('button', { name: 'Добавить правило' }));

  await user.click(screen.getByRole('button', { name: 'Сохранить настройки' }));
  expect(await screen.findByText('Настройки сохранены.')).toBeInTheDocument();
  expect(grant().settings).toMatchObject({
    aggregationMethod: 'median',
    expertsPerApplication: 4,
    divergence: { totalSpreadPercent: 30, criterionSpreadPoints: null },
    blindReview: { revealAfterSubmission: true },
    regionRule: 'requireOneSameRegion',
    tieBreak: [
      { kind: 'earlierSubmission' },
      { kind: 'criterion', criterionId: 'cr-g-relevance' },
      { kind: 'applicationId' },
    ],
  });
});

test('a settings change survives a reload of the page', async () => {
  const first = await openGrantSettings();
  await first.user.click(screen.getByRole('radio', { name: 'Нормализация по эксперту (z-оценка)' }));
  await first.user.click(screen.getByRole('button', { name: 'Сохранить настройки' }));
  await screen.findByText('Настройки сохранены.');
  first.unmount();

  await openGrantSettings();
  expect(screen.getByRole('radio', { name: 'Нормализация по эксперту (z-оценка)' })).toBeChecked();
});

test('an impossible threshold is refused on the field, focused, and nothing is sent', async () => {
  const { user } = await openGrantSettings();
  const spread = screen.getByLabelText('Порог разброса итоговых баллов, % от максимума');
  await user.clear(spread);
  await user.type(spread, '150');
  await user.click(screen.getByRole('button', { name: 'Сохранить настройки' }));

  expect(spread).toHaveAttribute('aria-invalid', 'true');
  expect(spread).toHaveAccessibleDescription(expect.stringContaining('Введите число от 0 до 100'));
  expect(spread).toHaveFocus();
  expect(screen.getByText('Исправьте ошибки, чтобы сохранить')).toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: /Порог разброса итоговых баллов.*Введите число от 0 до 100/ }),
  ).toHaveAttribute('href', '#contest-settings-divergence-totalSpreadPercent');
  expect(grant().settings.divergence.totalSpreadPercent).toBe(30);
});

test("the server's field errors land on their fields and the input stays", async () => {
  server.use(
    http.patch('*/api/v1/contests/:contestId', () =>
      HttpResponse.json(
        {
          type: 'urn:expert-cabinet:problem:validation',
          title: 'Ошибка проверки данных',
          status: 422,
          requestId: 'req-test',
          code: 'validation',
          errors: [
            {
              field: 'settings.tieBreak.0.criterionId',
              code: 'unknownCriterion',
              message: 'Такого критерия нет ни в одном наборе конкурса',
            },
          ],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  const { user } = await openGrantSettings();
  const experts = screen.getByLabelText('Экспертов на одну заявку');
  await user.clear(experts);
  await user.type(experts, '5');
  await user.click(screen.getByRole('button', { name: 'Сохранить настройки' }));

  expect(
    await screen.findAllByText('Такого критерия нет ни в одном наборе конкурса: выберите другой'),
  ).not.toHaveLength(0);
  expect(screen.getByRole('button', { name: `Ниже: правило «${RELEVANCE}»` })).toHaveAccessibleDescription(
    expect.stringContaining('Такого критерия нет'),
  );
  expect(screen.getByText('Проверьте отмеченные поля.')).toBeInTheDocument();
  expect(experts).toHaveValue(5);
});

test('a failing server keeps the input and asks to retry', async () => {
  server.use(
    http.patch('*/api/v1/contests/:contestId', () =>
      HttpResponse.json(
        { code: 'internal', status: 503, title: 'Сбой', type: 'x', requestId: 'r' },
        { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  const { user } = await openGrantSettings();
  const title = screen.getByLabelText('Название конкурса');
  await user.clear(title);
  await user.type(title, 'Новое название');
  await user.click(screen.getByRole('button', { name: 'Сохранить настройки' }));

  expect(await screen.findByText(/Сервер не смог сохранить изменения, повторите/)).toBeInTheDocument();
  expect(title).toHaveValue('Новое название');
  expect(screen.getByText('Есть несохранённые изменения')).toBeInTheDocument();
  expect(grant().title).toMatch(GRANT_TITLE);
});

test('leaving with unsaved settings asks first', async () => {
  const { user, router } = await openGrantSettings();
  const title = screen.getByLabelText('Название конкурса');
  await user.type(title, ' (черновик)');
  await user.click(screen.getByRole('link', { name: 'Номинации' }));

  const dialog = await screen.findByRole('dialog', { name: 'Уйти без сохранения?' });
  await user.click(within(dialog).getByRole('button', { name: 'Остаться' }));
  expect(router.state.location.pathname).toBe(`/organizer/contests/${GRANT}`);
  expect(title).toHaveValue(`${grant().title} (черновик)`);

  await user.click(screen.getByRole('link', { name: 'Номинации' }));
  await user.click(await screen.findByRole('button', { name: 'Уйти без сохранения' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Категории и номинации' })).toBeInTheDocument();
});
