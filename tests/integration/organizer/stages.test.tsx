import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { stageApplicationIds } from '@mocks/db/rules/stage-scope';
import { stagesOf } from '@mocks/db/rules/stages';
import { server } from '@mocks/node';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const GRANT = 'c-grant';
const DRAFT = 'c-draft';

async function openStages(contestId: string) {
  await signInByApi('organizer@demo.ru');
  const view = renderApp(`/organizer/contests/${contestId}/stages`);
  // The first test of the file also pays for loading the console's route modules.
  await screen.findByRole('heading', { level: 2, name: 'Этапы' }, { timeout: 5000 });
  return view;
}

function stageList(): HTMLElement {
  return screen.getByRole('list', { name: 'Этапы конкурса по порядку' });
}

function stageTitles(): string[] {
  return within(stageList())
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent ?? '');
}

function stageCard(title: string): HTMLElement {
  const card = within(stageList()).getByRole('listitem', { name: title });
  return card;
}

function stage(id: string) {
  const row = getDb().get('stages', id);
  if (row === undefined) throw new Error(`no stage ${id}`);
  return row;
}

test('the stages are listed in order with kind, status, Moscow dates, criteria set and the frozen reason', async () => {
  await openStages(GRANT);
  expect(stageTitles()).toEqual(['Техническая экспертиза', 'Экспертная оценка', 'Подведение итогов']);
  const expert = stageCard('Экспертная оценка');
  expect(within(expert).getByText('Этап 2 из 3')).toBeInTheDocument();
  expect(within(expert).getByText('Идёт')).toBeInTheDocument();
  expect(within(expert).getByText('Структура критериев заморожена')).toBeInTheDocument();
  expect(
    within(expert).getByText(/отправлены оценки: набор критериев, шкалы и веса менять нельзя/),
  ).toBeInTheDocument();
  expect(
    within(expert).getByText('Критерии оценки заявок (по методике Фонда президентских грантов)'),
  ).toBeInTheDocument();
  const deadline = stage('st-grant-expert').deadline ?? '';
  const time = within(expert)
    .getAllByText(/МСК$/)
    .find((el) => el.getAttribute('datetime') === deadline);
  expect(time?.textContent).toMatch(/^\d{1,2} [а-я]+ \d{4} г\. в 23:59 МСК$/);
  // The demo extension for one expert is listed with its reason.
  expect(within(expert).getByText(/Эксперт был на больничном/)).toBeInTheDocument();
});

test('an organizer adds a final stage; it is listed last and its dates are stored as Moscow time', async () => {
  const { user } = await openStages(DRAFT);
  await user.click(screen.getByRole('button', { name: 'Добавить этап' }));
  const dialog = await screen.findByRole('dialog', { name: 'Новый этап' });
  await user.type(within(dialog).getByLabelText('Название этапа'), 'Финал: защита проектов');
  await user.selectOptions(within(dialog).getByLabelText('Вид этапа'), 'Финал');
  fireEvent.change(within(dialog).getByLabelText('Начало'), { target: { value: '2027-03-01T10:00' } });
  fireEvent.change(within(dialog).getByLabelText('Срок окончания'), {
    target: { value: '2027-03-20T18:00' },
  });
  await user.click(within(dialog).getByRole('button', { name: 'Добавить этап' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(stageTitles()).toEqual(['Техническая экспертиза', 'Экспертная оценка', 'Финал: защита проектов']);
  expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
    'Этап «Финал: защита проектов» добавлен',
  );
  const created = stagesOf(getDb(), DRAFT).at(-1);
  expect(created).toMatchObject({
    kind: 'final',
    title: 'Финал: защита проектов',
    startsAt: '2027-03-01T07:00:00.000Z',
    deadline: '2027-03-20T15:00:00.000Z',
    status: 'planned',
  });
  expect(
    within(stageCard('Финал: защита проектов')).getByText('20 марта 2027 г. в 18:00 МСК'),
  ).toBeInTheDocument();
});

test('a missing title and a deadline before the start are refused before anything is sent', async () => {
  const { user } = await openStages(DRAFT);
  await user.click(screen.getByRole('button', { name: 'Добавить этап' }));
  const dialog = await screen.findByRole('dialog', { name: 'Новый этап' });
  await user.click(within(dialog).getByRole('button', { name: 'Добавить этап' }));
  const title = within(dialog).getByLabelText('Название этапа');
  expect(title).toHaveAttribute('aria-invalid', 'true');
  expect(title).toHaveAccessibleDescription('Укажите название этапа');
  expect(title).toHaveFocus();

  await user.type(title, 'Финал');
  fireEvent.change(within(dialog).getByLabelText('Начало'), { target: { value: '2027-03-20T10:00' } });
  fireEvent.change(within(dialog).getByLabelText('Срок окончания'), {
    target: { value: '2027-03-01T18:00' },
  });
  await user.click(within(dialog).getByRole('button', { name: 'Добавить этап' }));
  const deadline = within(dialog).getByLabelText('Срок окончания');
  await waitFor(() => expect(deadline).toHaveAttribute('aria-invalid', 'true'));
  expect(deadline).toHaveAccessibleDescription(/Срок окончания должен быть позже начала этапа/);
  expect(stagesOf(getDb(), DRAFT)).toHaveLength(2);
});

test('changing a deadline saves it, says so, and is logged as a deadline change', async () => {
  const { user } = await openStages(GRANT);
  await user.click(screen.getByRole('button', { name: 'Изменить этап «Экспертная оценка»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Этап «Экспертная оценка»' });
  // Sheets were submitted: the shared set cannot change, and the form says why.
  expect(within(dialog).getByLabelText('Общий набор критериев')).toBeDisabled();
  expect(
    within(dialog).getByText(/Оценки уже отправлены — набор критериев этапа сменить нельзя/),
  ).toBeInTheDocument();
  fireEvent.change(within(dialog).getByLabelText('Срок окончания'), {
    target: { value: '2099-12-31T12:00' },
  });
  await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(stage('st-grant-expert').deadline).toBe('2099-12-31T09:00:00.000Z');
  expect(
    within(stageCard('Экспертная оценка')).getByText('31 декабря 2099 г. в 12:00 МСК'),
  ).toBeInTheDocument();
  const logged = getDb()
    .group('auditEvents', 'byContest', GRANT)
    .filter((e) => e.objectId === 'st-grant-expert' && e.action === 'deadlineChanged');
  expect(logged).toHaveLength(1);
  // Nothing but the deadline was sent, so the frozen criteria set was not touched.
  expect(stage('st-grant-expert').criteriaSetId).toBe('cs-grant');
});

test('a failed save keeps what was typed and asks to retry', async () => {
  server.use(
    http.patch('*/api/v1/stages/:stageId', () =>
      HttpResponse.json(
        { code: 'internal', title: 'Ошибка', status: 503, requestId: 'r1', type: 'about:blank' },
        { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  const { user } = await openStages(GRANT);
  await user.click(screen.getByRole('button', { name: 'Изменить этап «Подведение итогов»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Этап «Подведение итогов»' });
  const title = within(dialog).getByLabelText('Название этапа');
  await user.clear(title);
  await user.type(title, 'Итоги и награждение');
  await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Не удалось сохранить, повторите');
  expect(title).toHaveValue('Итоги и награждение');
  expect(stage('st-grant-final').title).toBe('Подведение итогов');
});

test('the deadline is extended for one expert picked by search, and the extension is listed', async () => {
  const expert = getDb()
    .all('experts')
    .find((e) => e.active && e.id !== 'u-e07');
  if (expert === undefined) throw new Error('the demo has no expert');
  const surname = expert.fullName.split(' ')[0] ?? expert.fullName;
  const { user } = await openStages(GRANT);
  await user.click(screen.getByRole('button', { name: 'Продлить срок этапа «Экспертная оценка»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Продление срока: «Экспертная оценка»' });
  await user.click(within(dialog).getByRole('radio', { name: 'Одному эксперту' }));
  await user.type(within(dialog).getByRole('searchbox', { name: 'Эксперт' }), surname);
  await user.click(await within(dialog).findByRole('radio', { name: new RegExp(expert.fullName) }));
  expect(within(dialog).getByText(`Выбран: ${expert.fullName}`)).toBeInTheDocument();
  fireEvent.change(within(dialog).getByLabelText('Новый срок'), { target: { value: '2099-01-15T20:00' } });
  await user.type(within(dialog).getByLabelText('Основание'), 'Служебная записка № 17');
  await user.click(within(dialog).getByRole('button', { name: 'Продлить' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  const list = within(stageCard('Экспертная оценка')).getByRole('list', {
    name: 'Продления срока этапа «Экспертная оценка»',
  });
  const item = within(list).getByText(`Эксперту ${expert.fullName}`).closest('li');
  if (item === null) throw new Error('extension not listed');
  expect(item).toHaveTextContent('до 15 января 2099 г. в 20:00 МСК');
  expect(item).toHaveTextContent('Основание: Служебная записка № 17');
  expect(stage('st-grant-expert').extensions.at(-1)).toMatchObject({
    expertId: expert.id,
    until: '2099-01-15T17:00:00.000Z',
    reason: 'Служебная записка № 17',
  });
});

test('a deadline the server finds too early is shown on the field, with the input kept', async () => {
  const { user } = await openStages(GRANT);
  await user.click(screen.getByRole('button', { name: 'Продлить срок этапа «Экспертная оценка»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Продление срока: «Экспертная оценка»' });
  // Meanwhile another organizer moved the stage deadline far ahead.
  getDb().update('stages', 'st-grant-expert', { deadline: '2100-01-01T00:00:00.000Z' });
  const until = within(dialog).getByLabelText('Новый срок');
  fireEvent.change(until, { target: { value: '2099-06-01T12:00' } });
  await user.type(within(dialog).getByLabelText('Основание'), 'Просьба эксперта');
  await user.click(within(dialog).getByRole('button', { name: 'Продлить' }));

  await waitFor(() => expect(until).toHaveAttribute('aria-invalid', 'true'));
  expect(until).toHaveAccessibleDescription(/Новый срок должен быть позже текущего срока этапа/);
  expect(until).toHaveFocus();
  expect(until).toHaveValue('2099-06-01T12:00');
  expect(within(dialog).getByRole('alert')).toHaveTextContent('Исправьте отмеченные поля');
});

test('the top N of each nomination advance into the final after a confirmation that says what will happen', async () => {
  const { user } = await openStages(GRANT);
  await user.click(screen.getByRole('button', { name: 'Перевести заявки из этапа «Экспертная оценка»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Перевод заявок из этапа «Экспертная оценка»' });
  expect(within(dialog).getByLabelText('В какой этап')).toHaveDisplayValue('Подведение итогов');
  await user.type(within(dialog).getByLabelText('Сколько лучших заявок'), '2');
  await user.click(within(dialog).getByRole('button', { name: 'Далее' }));
  expect(
    within(dialog).getByText(
      /Будут переведены 2 лучшие заявки \(в каждой номинации\) из этапа «Экспертная оценка» в этап «Подведение итогов»/,
    ),
  ).toBeInTheDocument();
  expect(stageApplicationIds(getDb(), stage('st-grant-final')).size).toBe(0);
  await user.click(within(dialog).getByRole('button', { name: 'Перевести' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  const advanced = stageApplicationIds(getDb(), stage('st-grant-final'));
  expect(advanced.size).toBeGreaterThan(0);
  expect(
    screen.getByText(new RegExp(`Переведено ${advanced.size} заяв(ки|ок) в этап «Подведение итогов»`)),
  ).toBeInTheDocument();
});

test('a shortlist naming applications outside the stage is refused with their IDs', async () => {
  const { user } = await openStages(GRANT);
  await user.click(screen.getByRole('button', { name: 'Перевести заявки из этапа «Экспертная оценка»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Перевод заявок из этапа «Экспертная оценка»' });
  await user.click(within(dialog).getByRole('radio', { name: 'Список заявок по ID' }));
  await user.type(within(dialog).getByLabelText('ID заявок'), '999999001, 999999002');
  await user.click(within(dialog).getByRole('button', { name: 'Далее' }));
  await user.click(within(dialog).getByRole('button', { name: 'Перевести' }));

  const ids = await within(dialog).findByLabelText('ID заявок');
  await waitFor(() => expect(ids).toHaveAttribute('aria-invalid', 'true'));
  expect(ids).toHaveAccessibleDescription(
    /Заявки 999999001, 999999002 не участвуют в этапе «Экспертная оценка»/,
  );
  expect(ids).toHaveValue('999999001, 999999002');
});

test('stages are reordered from the keyboard with Alt+arrow, and the move is announced', async () => {
  const { user } = await openStages(DRAFT);
  await user.click(screen.getByRole('button', { name: 'Переместить этап «Экспертная оценка» выше' }));
  await waitFor(() => expect(stageTitles()).toEqual(['Экспертная оценка', 'Техническая экспертиза']));
  expect(screen.getByText('Этап «Экспертная оценка» теперь 1-й из 2')).toBeInTheDocument();

  screen.getByRole('button', { name: 'Переместить этап «Экспертная оценка» ниже' }).focus();
  await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
  await waitFor(() => expect(stageTitles()).toEqual(['Техническая экспертиза', 'Экспертная оценка']));
  expect(screen.getByText('Этап «Экспертная оценка» теперь 2-й из 2')).toBeInTheDocument();
  await waitFor(() =>
    expect(stagesOf(getDb(), DRAFT).map((s) => s.id)).toEqual(['st-draft-screening', 'st-draft-expert']),
  );
});
