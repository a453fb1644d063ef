import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

// The demo grant stage `st-grant-expert` has submitted sheets, so its set `cs-grant` is frozen;
// the 2027 draft contest's set `cs-draft` (four criteria, 0–5, weight 1: maximum 20) is not.
const GRANT_SET_URL = '/organizer/contests/c-grant/criteria/cs-grant';
const DRAFT_SET_URL = '/organizer/contests/c-draft/criteria/cs-draft';

async function openAs(url: string) {
  await signInByApi('organizer@demo.ru');
  return renderApp(url);
}

async function openEditor(url: string, title: string) {
  const view = await openAs(url);
  await screen.findByRole('heading', { level: 2, name: `Набор «${title}»` }, { timeout: 5000 });
  return view;
}

function criterion(n: number): HTMLElement {
  return screen.getByRole('group', { name: new RegExp(`^Критерий ${n} —`) });
}

function maxTotal(): string {
  return (
    within(screen.getByRole('group', { name: 'Максимальный итог' })).getByText(/^[\d\s,—]+$/).textContent ??
    ''
  );
}

test('the criteria sets page lists each set with its size, maximum, freeze and where it is used', async () => {
  await openAs('/organizer/contests/c-grant/criteria');
  const table = await screen.findByRole('table', { name: 'Наборы критериев конкурса' }, { timeout: 5000 });
  const row = within(table).getByRole('row', { name: /Критерии оценки заявок/ });
  expect(within(row).getByRole('link', { name: /Критерии оценки заявок/ })).toHaveAttribute(
    'href',
    GRANT_SET_URL,
  );
  expect(within(row).getByRole('cell', { name: '10' })).toBeInTheDocument();
  expect(within(row).getByRole('cell', { name: '100' })).toBeInTheDocument();
  expect(within(row).getByText('Заморожена')).toBeInTheDocument();
  expect(within(row).getByText('в этапе «Экспертная оценка» уже отправлены оценки')).toBeInTheDocument();
  expect(within(row).getByText('Этап «Экспертная оценка»')).toBeInTheDocument();
});

test('a frozen set says why, locks its structure and still takes a wording fix into its history', async () => {
  const { user } = await openEditor(
    GRANT_SET_URL,
    'Критерии оценки заявок (по методике Фонда президентских грантов)',
  );
  expect(screen.getByText('Структура набора заморожена')).toBeInTheDocument();
  expect(screen.getByText('В этапе «Экспертная оценка» уже отправлены оценки.')).toBeInTheDocument();

  const first = criterion(1);
  for (const label of ['Вес', 'Шкала: от', 'Шкала: до', 'Комментарий эксперта']) {
    expect(within(first).getByLabelText(label)).toBeDisabled();
  }
  expect(within(first).getAllByLabelText('От')[0]).toBeDisabled();
  expect(screen.queryByRole('button', { name: 'Добавить критерий' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Переместить критерий 1/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Удалить критерий 1' })).not.toBeInTheDocument();

  const description = within(first).getByLabelText('Описание для эксперта');
  expect(description).toBeEnabled();
  await user.type(description, ' Учитывается и опрос жителей.');
  expect(screen.getByText('Есть несохранённые изменения')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));

  expect(
    await screen.findByText('Формулировки сохранены как версия 3 и записаны в историю.'),
  ).toBeInTheDocument();
  expect(getDb().get('criteriaSets', 'cs-grant')?.criteria[0]?.description).toMatch(/опрос жителей\.$/);

  await user.click(screen.getByRole('link', { name: 'История версий' }));
  const history = await screen.findByRole('heading', { name: 'Версия 3 текущая' });
  const item = history.closest('li');
  if (item === null) throw new Error('no history item for version 3');
  expect(within(item).getByText('Исправлены формулировки')).toBeInTheDocument();
  expect(
    within(item).getByText('«Актуальность и социальная значимость проекта»: изменено описание'),
  ).toBeInTheDocument();
  expect(within(item).getByText(/Ольга Николаевна Морозова/)).toBeInTheDocument();
});

test('a structural change the server refuses as frozen is explained and the edits stay', async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  // Someone submits the first sheet while the organizer is editing.
  getDb().update('criteriaSets', 'cs-draft', { frozen: true });
  const weight = within(criterion(2)).getByLabelText('Вес');
  await user.clear(weight);
  await user.type(weight, '2');
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));

  expect(await screen.findByText('Сервер не принял изменение структуры')).toBeInTheDocument();
  expect(screen.getByText(/меняется вес критерия «Проработанность плана» \(1 → 2\)/)).toBeInTheDocument();
  expect(within(criterion(2)).getByLabelText('Вес')).toHaveValue('2');
  expect(await screen.findByText('Структура набора заморожена')).toBeInTheDocument();
});

test('an impossible weight gets a clear error on that field, and the maximum total follows every edit', async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  expect(maxTotal()).toBe('20');

  const weight = within(criterion(1)).getByLabelText('Вес');
  await user.clear(weight);
  await user.type(weight, '2,5');
  expect(maxTotal()).toBe('27,5');
  expect(within(criterion(1)).getByText('Вклад в максимум: 2,5 × 5 = 12,5')).toBeInTheDocument();

  const cases: [string, string][] = [
    ['0', 'Вес должен быть больше 0 и не больше 100'],
    ['-1', 'Вес должен быть больше 0 и не больше 100'],
    ['много', 'Вес должен быть числом, например 1 или 1,5'],
    ['1,255', 'У веса не больше 2 знаков после запятой, например 1,25'],
  ];
  await user.clear(weight);
  await user.type(weight, cases[0]?.[0] ?? '');
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));
  const summary = await screen.findByRole('heading', { name: 'Исправьте 1 ошибку — набор не сохранён' });
  expect(summary.closest('section')).toHaveFocus();
  for (const [typed, message] of cases) {
    await user.clear(weight);
    await user.type(weight, typed);
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveAccessibleDescription(expect.stringContaining(message));
  }
  expect(maxTotal()).toBe('—');
  // Nothing reached the server.
  expect(getDb().get('criteriaSets', 'cs-draft')?.version).toBe(1);

  await user.click(
    screen.getByRole('link', {
      name: 'Критерий 1, вес: У веса не больше 2 знаков после запятой, например 1,25',
    }),
  );
  expect(weight).toHaveFocus();
  await user.clear(weight);
  await user.type(weight, '1,25');
  expect(weight).not.toHaveAttribute('aria-invalid');
  expect(maxTotal()).toBe('21,25');
});

test('overlapping and out-of-scale score bands get clear errors on the band', async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  const first = criterion(1);
  await user.click(within(first).getByRole('button', { name: 'Добавить описание баллов к критерию 1' }));
  const band = within(first).getByRole('group', { name: 'Диапазон 4' });
  const from = within(band).getByLabelText('От');
  const to = within(band).getByLabelText('До');
  await user.clear(from);
  await user.type(from, '3');
  await user.clear(to);
  await user.type(to, '7');
  await user.type(within(band).getByLabelText('Что означают эти баллы'), 'сверх шкалы');
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));

  expect(
    await screen.findByRole('heading', { name: 'Исправьте 1 ошибку — набор не сохранён' }),
  ).toBeInTheDocument();
  expect(to).toHaveAccessibleDescription('Граница должна лежать внутри шкалы 0–5');

  await user.clear(to);
  await user.type(to, '4');
  expect(band).toHaveAccessibleDescription(
    'Баллы пересекаются с диапазоном 2: у каждого балла не больше одного описания',
  );
  expect(
    screen.getByRole('link', { name: /^Критерий 1, диапазон 4: Баллы пересекаются с диапазоном 2/ }),
  ).toBeInTheDocument();

  await user.click(within(band).getByRole('button', { name: 'Удалить диапазон 4 критерия 1' }));
  expect(screen.queryByRole('heading', { name: /Исправьте/ })).not.toBeInTheDocument();
});

test('criteria reorder with Alt+arrows, announced, and saving keeps the new order', async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  const title = within(criterion(1)).getByLabelText('Название критерия');
  await user.click(title);
  await user.keyboard('{Alt>}{ArrowDown}{/Alt}');

  expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
    'Критерий «Актуальность идеи» теперь на месте 2 из 4',
  );
  expect(criterion(2)).toHaveAccessibleName('Критерий 2 — Актуальность идеи');
  expect(title).toHaveFocus();

  await user.click(within(criterion(2)).getByRole('button', { name: 'Переместить критерий 2 выше' }));
  expect(criterion(1)).toHaveAccessibleName('Критерий 1 — Актуальность идеи');
  await user.click(within(criterion(1)).getByRole('button', { name: 'Переместить критерий 1 ниже' }));
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));
  expect(await screen.findByText('Набор сохранён: версия 2.')).toBeInTheDocument();
  expect(
    getDb()
      .get('criteriaSets', 'cs-draft')
      ?.criteria.map((c) => c.title)
      .slice(0, 2),
  ).toEqual(['Проработанность плана', 'Актуальность идеи']);
});

test('a stale save explains who saved first and can overwrite without losing the edits', async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  // Another organizer saved version 2 in the meantime.
  getDb().update('criteriaSets', 'cs-draft', { version: 2, title: 'Критерии малых грантов' });
  const titleField = within(criterion(3)).getByLabelText('Название критерия');
  await user.clear(titleField);
  await user.type(titleField, 'Команда и партнёры');
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));

  const dialog = await screen.findByRole('dialog', { name: 'Набор уже изменили' });
  expect(
    within(dialog).getByText(/Пока вы редактировали версию 1, набор сохранили как версию 2/),
  ).toBeInTheDocument();
  expect(titleField).toHaveValue('Команда и партнёры');
  await user.click(within(dialog).getByRole('button', { name: 'Перезаписать моими правками' }));

  expect(
    await screen.findByText('Формулировки сохранены как версия 3 и записаны в историю.'),
  ).toBeInTheDocument();
  expect(getDb().get('criteriaSets', 'cs-draft')?.criteria[2]?.title).toBe('Команда и партнёры');
});

test('the preview is the expert sheet itself: scales, bands, comment rules and the running total', async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  const weight = within(criterion(1)).getByLabelText('Вес');
  await user.clear(weight);
  await user.type(weight, '2');
  await user.click(screen.getByRole('link', { name: 'Предпросмотр' }));

  expect(
    await screen.findByRole('heading', { name: 'Предпросмотр: так лист увидит эксперт' }, { timeout: 5000 }),
  ).toBeInTheDocument();
  const scale = screen.getByRole('radiogroup', { name: 'Оценка: Актуальность идеи' });
  expect(within(scale).getAllByRole('radio')).toHaveLength(6);
  expect(screen.getByText('вес 2')).toBeInTheDocument();
  await user.click(within(scale).getByRole('radio', { name: 'Актуальность идеи: 3 из 5' }));
  expect(screen.getByText('6 из 25')).toBeInTheDocument();
  expect(
    screen.getAllByText('Комментарий обязателен при оценке ниже максимума, не короче 30 символов').length,
  ).toBeGreaterThan(0);
  const bands = screen.getAllByRole('list', { name: 'Что означают баллы' })[0];
  if (bands === undefined) throw new Error('no descriptor list in the preview');
  expect(within(bands).getByText('соответствует оценке')).toBeInTheDocument();
});

test('an organizer creates a set with two criteria and lands in its editor', async () => {
  const { user } = await openAs('/organizer/contests/c-draft/criteria');
  await user.click(await screen.findByRole('link', { name: 'Создать набор критериев' }, { timeout: 5000 }));
  await screen.findByRole('heading', { level: 2, name: 'Новый набор критериев' });

  await user.type(screen.getByLabelText('Название набора'), 'Критерии финала');
  await user.type(within(criterion(1)).getByLabelText('Название критерия'), 'Значимость');
  await user.click(screen.getByRole('button', { name: 'Добавить критерий' }));
  const second = screen.getByRole('group', { name: 'Критерий 2 — без названия' });
  expect(within(second).getByLabelText('Название критерия')).toHaveFocus();
  await user.type(within(second).getByLabelText('Название критерия'), 'Реализуемость');
  const weight = within(second).getByLabelText('Вес');
  await user.clear(weight);
  await user.type(weight, '2');
  expect(maxTotal()).toBe('30');
  await user.click(screen.getByRole('button', { name: 'Создать набор' }));

  expect(
    await screen.findByRole('heading', { level: 2, name: 'Набор «Критерии финала»' }),
  ).toBeInTheDocument();
  expect(screen.getByText(/Набор «Критерии финала» создан/)).toBeInTheDocument();
  const created = getDb()
    .all('criteriaSets')
    .find((s) => s.title === 'Критерии финала');
  expect(created?.criteria.map((c) => [c.title, c.weight, c.scaleMin, c.scaleMax])).toEqual([
    ['Значимость', 1, 0, 10],
    ['Реализуемость', 2, 0, 10],
  ]);
  expect(created?.maxTotal).toBe(30);
});

test('a failed save keeps the input and asks to retry', async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  const { server } = await import('@mocks/node');
  const { http, HttpResponse } = await import('msw');
  server.use(http.put('*/api/v1/criteria-sets/:id', () => HttpResponse.error(), { once: true }));
  const titleField = within(criterion(1)).getByLabelText('Название критерия');
  await user.type(titleField, ' жителей');
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));
  expect(await screen.findByText('Не удалось сохранить, повторите')).toBeInTheDocument();
  expect(titleField).toHaveValue('Актуальность идеи жителей');
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));
  await waitFor(() =>
    expect(getDb().get('criteriaSets', 'cs-draft')?.criteria[0]?.title).toBe('Актуальность идеи жителей'),
  );
});

test("the server's field errors land on the right criterion's field", async () => {
  const { user } = await openEditor(DRAFT_SET_URL, 'Критерии малых грантов (черновик)');
  const { server } = await import('@mocks/node');
  const { http, HttpResponse } = await import('msw');
  server.use(
    http.put(
      '*/api/v1/criteria-sets/:id',
      () =>
        HttpResponse.json(
          {
            type: 'urn:expert-cabinet:problem:validation',
            title: 'Ошибка проверки',
            status: 422,
            requestId: 'req-1',
            code: 'validation',
            errors: [
              { field: 'criteria.2.weight', code: 'tooManyDecimals', message: 'x', params: { max: 2 } },
              { field: 'criteria.3.title', code: 'somethingNew', message: 'Так назвать нельзя' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      { once: true },
    ),
  );
  await user.type(within(criterion(1)).getByLabelText('Описание для эксперта'), '.');
  await user.click(screen.getByRole('button', { name: 'Сохранить набор' }));

  expect(
    await screen.findByRole('heading', { name: 'Исправьте 2 ошибки — набор не сохранён' }),
  ).toBeInTheDocument();
  expect(within(criterion(3)).getByLabelText('Вес')).toHaveAccessibleDescription(
    expect.stringContaining('У веса не больше 2 знаков после запятой'),
  );
  const title = within(criterion(4)).getByLabelText('Название критерия');
  expect(title).toHaveAccessibleDescription('Так назвать нельзя');
  await user.type(title, '!');
  expect(title).not.toHaveAttribute('aria-invalid');
});
