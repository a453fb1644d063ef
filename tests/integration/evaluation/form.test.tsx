import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import type { AssignmentStatus } from '@/api/schemas/sheets';
import { settleDraftEngines } from '@/features/evaluation/draft/engine-registry';
import { clearAllDrafts } from '@/features/evaluation/draft/local-store';
import { getDb } from '@mocks/db/database';
import { HOSTILE_PSEUDO_URL, HOSTILE_TITLE } from '@mocks/db/seed/hostile';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const EXPERT = 'u-expert';
const GRANT_STAGE = 'st-grant-expert';
const PRIZE_STAGE = 'st-prize-expert';

// The grant criteria set: «always» (weight 2, min 50), «whenBelowMax» (weights 1.5 and 0.5, min 30),
// «never» (weight 0.5); the sheet asks for a recommendation and an overall comment of 50+ characters.
const RELEVANCE = 'Актуальность и социальная значимость проекта';
const LOGIC = 'Логическая связность и реализуемость проекта';
const INNOVATION = 'Инновационность и уникальность проекта';
const OPENNESS = 'Информационная открытость организации';
const LONG_ENOUGH = 'Проблема описана убедительно, приведены данные мониторинга и опросов жителей района.';

afterEach(async () => {
  // Unmounted drafts finish their last save, and no local copy leaks into the next test.
  cleanup();
  await settleDraftEngines();
  await clearAllDrafts();
});

function assignmentOf(
  status: AssignmentStatus,
  stageId = GRANT_STAGE,
  skip: (appId: string) => boolean = () => false,
) {
  const found = getDb()
    .assignmentsByExpert(EXPERT)
    .find((a) => a.status === status && a.stageId === stageId && !skip(a.applicationId));
  if (found === undefined) throw new Error(`no ${status} assignment of ${EXPERT} in ${stageId}`);
  return found;
}

const isHostile = (appId: string) => getDb().get('applications', appId)?.title === HOSTILE_TITLE;

async function openEvaluation(assignmentId: string, search = '') {
  await signInByApi('expert@demo.ru');
  const view = renderApp(`/expert/assignments/${assignmentId}${search}`);
  // The first visit loads the route's chunk and the whole card, which can take more than a second.
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return view;
}

async function openNew() {
  return openEvaluation(assignmentOf('new', GRANT_STAGE, isHostile).id);
}

const option = (title: string, score: number) =>
  screen.getByRole('radio', { name: `${title}: ${score} из 10` });
const commentOf = (title: string) =>
  screen.getByRole('textbox', { name: `Комментарий к критерию «${title}»` });
const submitButton = () => screen.getByRole('button', { name: 'Отправить оценку' });

async function scoreAll(user: UserEvent, score: number) {
  for (const group of screen.getAllByRole('radiogroup')) {
    const label = group.getAttribute('aria-label') ?? '';
    const title = label.replace(/^Оценка: /, '');
    await user.click(within(group).getByRole('radio', { name: `${title}: ${score} из 10` }));
  }
}

/** Everything at the maximum, with the comments the rules still ask for. */
async function fillValidSheet(user: UserEvent) {
  await scoreAll(user, 10);
  await user.click(commentOf(RELEVANCE));
  await user.paste(LONG_ENOUGH);
  await user.click(screen.getByRole('radio', { name: 'Поддержать' }));
  await user.click(screen.getByRole('textbox', { name: 'Общий комментарий' }));
  await user.paste(LONG_ENOUGH);
}

test('the card shows every field of the application in Russian formats', async () => {
  const assignment = assignmentOf('new', GRANT_STAGE, isHostile);
  const app = getDb().get('applications', assignment.applicationId);
  if (app === undefined) throw new Error('application missing');
  await openEvaluation(assignment.id);
  const card = screen.getByRole('region', { name: `Заявка № ${app.id}` });
  for (const label of [
    'ID',
    'Название',
    'НКО',
    'Регион',
    'Номинация',
    'Дата начала',
    'Дата окончания',
    'Цель и задачи',
    'Целевая аудитория',
    'Краткое описание',
    'Грантодатель',
    'Сумма финансирования',
    'Количество участников',
    'Качественные результаты',
    'Подтверждено субъектом РФ',
    'Приложения',
  ]) {
    expect(within(card).getByText(label, { selector: 'dt' })).toBeInTheDocument();
  }
  expect(within(card).getByText(`ИНН ${app.organization.inn}`)).toBeInTheDocument();
  const money = new Intl.NumberFormat('ru-RU', {
    style: 'currency',
    currency: 'RUB',
    maximumFractionDigits: 0,
  });
  // Intl puts no-break spaces between groups; the query normalises whitespace in the page, not in the matcher.
  expect(within(card).getByText(money.format(app.requestedAmount).replace(/\s/g, ' '))).toBeInTheDocument();
  const nomination = getDb().get('nominations', app.nominationId)?.title ?? '';
  expect(await within(card).findByText(nomination)).toBeInTheDocument();
});

test('a score below the maximum needs a justifying comment, the maximum does not', async () => {
  const { user } = await openNew();
  await user.click(option(LOGIC, 7));
  await user.click(submitButton());
  expect(commentOf(LOGIC)).toHaveAttribute('aria-invalid', 'true');
  expect(commentOf(LOGIC)).toHaveAccessibleDescription(/Напишите комментарий/);

  await user.click(option(LOGIC, 10));
  expect(commentOf(LOGIC)).not.toHaveAttribute('aria-invalid');
  expect(screen.queryByRole('link', { name: `«${LOGIC}»: напишите комментарий` })).not.toBeInTheDocument();
});

test('the rule of each comment is shown beside it', async () => {
  await openNew();
  expect(commentOf(LOGIC)).toHaveAccessibleDescription(
    /Комментарий обязателен при оценке ниже максимума, не короче 30 символов/,
  );
  expect(commentOf(RELEVANCE)).toHaveAccessibleDescription(/Комментарий обязателен, не короче 50 символов/);
});

test('an «always» criterion needs a comment even at the maximum', async () => {
  const { user } = await openNew();
  await user.click(option(RELEVANCE, 10));
  await user.click(submitButton());
  expect(commentOf(RELEVANCE)).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByRole('link', { name: `«${RELEVANCE}»: напишите комментарий` })).toBeInTheDocument();
});

test('a «never» criterion has no comment field and needs none', async () => {
  const { user } = await openNew();
  await user.click(option(OPENNESS, 3));
  expect(
    screen.queryByRole('textbox', { name: `Комментарий к критерию «${OPENNESS}»` }),
  ).not.toBeInTheDocument();
  await user.click(submitButton());
  expect(screen.queryByRole('link', { name: new RegExp(`«${OPENNESS}»`) })).not.toBeInTheDocument();
});

test('a short comment shows its count against the minimum and is refused on submit', async () => {
  const { user } = await openNew();
  await user.click(option(LOGIC, 6));
  await user.type(commentOf(LOGIC), 'Слабо связно');
  expect(screen.getByText('12 / 30')).toBeInTheDocument();
  await user.click(submitButton());
  expect(commentOf(LOGIC)).toHaveAccessibleDescription(/Комментарий короче 30 символов: сейчас 12/);
});

test('0 is a real score: shown, counted and in need of a comment', async () => {
  const { user } = await openNew();
  await user.click(option(INNOVATION, 0));
  expect(option(INNOVATION, 0)).toHaveAttribute('aria-checked', 'true');
  const total = screen.getByRole('region', { name: 'Итоговый балл' });
  expect(within(total).getByText('Оценено критериев: 1 из 10')).toBeInTheDocument();
  expect(within(total).getByText('0 из 100')).toBeInTheDocument();
  await user.click(submitButton());
  expect(commentOf(INNOVATION)).toHaveAttribute('aria-invalid', 'true');
  expect(screen.queryByRole('link', { name: `«${INNOVATION}»: поставьте оценку` })).not.toBeInTheDocument();
});

test('the scale offers exactly 0 to 10 and the keys stop at its ends', async () => {
  const { user } = await openNew();
  const group = screen.getByRole('radiogroup', { name: `Оценка: ${LOGIC}` });
  expect(within(group).getAllByRole('radio')).toHaveLength(11);
  await user.click(option(LOGIC, 9));
  await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
  expect(option(LOGIC, 10)).toHaveAttribute('aria-checked', 'true');
  expect(option(LOGIC, 10)).toHaveFocus();
  await user.keyboard('{Home}{ArrowLeft}');
  expect(option(LOGIC, 0)).toHaveAttribute('aria-checked', 'true');
});

test('digits typed in a score group set the score, «1» then «0» makes 10', async () => {
  const { user } = await openNew();
  await user.click(option(LOGIC, 5));
  await user.keyboard('7');
  expect(option(LOGIC, 7)).toHaveAttribute('aria-checked', 'true');
  await user.keyboard('10');
  expect(option(LOGIC, 10)).toHaveAttribute('aria-checked', 'true');
  await new Promise((resolve) => setTimeout(resolve, 700));
  await user.keyboard('1');
  expect(option(LOGIC, 1)).toHaveAttribute('aria-checked', 'true');
});

test('Enter in a score group moves to its comment', async () => {
  const { user } = await openNew();
  await user.click(option(LOGIC, 4));
  await user.keyboard('{Enter}');
  expect(commentOf(LOGIC)).toHaveFocus();
});

test('the running total follows the weights, fractions included', async () => {
  const { user } = await openNew();
  await user.click(option(RELEVANCE, 7)); // weight 2 → 14
  await user.click(option(LOGIC, 5)); // weight 1.5 → 7.5
  const total = screen.getByRole('region', { name: 'Итоговый балл' });
  expect(within(total).getByText('21,5 из 100')).toBeInTheDocument();
  expect(within(total).getByText('21,5 %')).toBeInTheDocument();
  await user.click(option(INNOVATION, 3)); // weight 0.5 → 1.5
  expect(within(total).getByText('23 из 100')).toBeInTheDocument();
});

test('submitting an incomplete sheet lists every problem and focuses the first', async () => {
  const { user } = await openNew();
  await user.click(submitButton());
  // Ten scores, the «always» comment, the recommendation and the overall comment.
  expect(
    screen.getByRole('heading', { name: 'Исправьте 13 ошибок, чтобы отправить оценку' }),
  ).toBeInTheDocument();
  expect(option(RELEVANCE, 0)).toHaveFocus();
  await user.click(screen.getByRole('link', { name: 'Выберите рекомендацию' }));
  expect(screen.getByRole('radio', { name: 'Поддержать' })).toHaveFocus();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('the confirm dialog sums up the sheet before it is sent', async () => {
  const { user } = await openNew();
  await fillValidSheet(user);
  await user.click(submitButton());
  const dialog = await screen.findByRole('dialog', { name: 'Отправить оценку?' });
  expect(within(dialog).getAllByRole('row')).toHaveLength(11);
  expect(within(dialog).getByRole('rowheader', { name: `1. ${RELEVANCE}` })).toBeInTheDocument();
  expect(within(dialog).getAllByText('10 из 10')).toHaveLength(10);
  expect(within(dialog).getByText('Итого: 100 из 100 (100 %)')).toBeInTheDocument();
  expect(within(dialog).getByText('Рекомендация: Поддержать')).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Вернуться к оценке' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('a submitted sheet turns read-only with the time it was sent and the calibration chart', async () => {
  const assignment = assignmentOf('new', GRANT_STAGE, isHostile);
  const { user } = await openEvaluation(assignment.id);
  await fillValidSheet(user);
  await user.click(submitButton());
  const dialog = await screen.findByRole('dialog', { name: 'Отправить оценку?' });
  await user.click(within(dialog).getByRole('button', { name: 'Отправить' }));

  expect(await screen.findByRole('heading', { name: 'Оценка отправлена' })).toHaveFocus();
  expect(screen.getByText(/^Отправлено \d+ \S+ \d{4}/)).toBeInTheDocument();
  expect(screen.queryAllByRole('radio')).toHaveLength(0);
  expect(screen.queryByRole('button', { name: 'Отправить оценку' })).not.toBeInTheDocument();
  expect(await screen.findByRole('img', { name: /Гистограмма/ })).toBeInTheDocument();
  expect(getDb().sheetByAssignment(assignment.id)?.status).toBe('submitted');
});

/** A submitted prize sheet whose application other experts have submitted too. */
function submittedWithPanel() {
  const db = getDb();
  const found = db
    .assignmentsByExpert(EXPERT)
    .filter((a) => a.status === 'submitted' && a.stageId === PRIZE_STAGE)
    .find((a) =>
      db
        .assignmentsByApplication(a.applicationId)
        .some((other) => other.id !== a.id && db.sheetByAssignment(other.id)?.status === 'submitted'),
    );
  if (found === undefined) throw new Error('no submitted prize sheet with a panel');
  return found;
}

test('a submitted sheet opens read-only; the panel shows only when the contest reveals it', async () => {
  await openEvaluation(submittedWithPanel().id);
  expect(screen.getByRole('heading', { name: 'Оценка отправлена' })).toBeInTheDocument();
  expect(screen.queryAllByRole('radio')).toHaveLength(0);
  expect(
    await screen.findByRole('heading', { name: 'Оценки других экспертов по этой заявке' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: 'Эксперт A' })).toBeInTheDocument();
});

test('the grant contest keeps the panel hidden even after submission', async () => {
  await openEvaluation(assignmentOf('submitted', GRANT_STAGE).id);
  expect(await screen.findByRole('img', { name: /Гистограмма/ })).toBeInTheDocument();
  expect(
    screen.queryByRole('heading', { name: 'Оценки других экспертов по этой заявке' }),
  ).not.toBeInTheDocument();
});

test('a returned sheet shows the coordinator’s reason and opens for edits', async () => {
  const assignment = assignmentOf('returned');
  await openEvaluation(assignment.id);
  expect(screen.getByText('Оценка возвращена на доработку')).toBeInTheDocument();
  expect(
    screen.getByText(`Причина, указанная координатором: ${assignment.returnReason ?? ''}`),
  ).toBeInTheDocument();
  expect(screen.getAllByRole('radiogroup')).toHaveLength(10);
  expect(submitButton()).toBeEnabled();
});

test('hostile applicant text is shown literally and never becomes markup', async () => {
  const assignment = assignmentOf('draft', GRANT_STAGE, (appId) => !isHostile(appId));
  const { container } = await openEvaluation(assignment.id);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(HOSTILE_TITLE);
  expect(screen.getAllByText(HOSTILE_TITLE).length).toBeGreaterThan(0);
  expect(container.querySelector('img')).toBeNull();
  expect(document.querySelector('img[src="x"]')).toBeNull();
});

test('a javascript: attachment URL is shown as text, never as a link', async () => {
  const assignment = assignmentOf('new', GRANT_STAGE, isHostile);
  getDb().update('applications', assignment.applicationId, (app) => ({
    attachments: [
      { id: 'f-evil', name: 'Презентация.pdf', size: 2_400_000, url: HOSTILE_PSEUDO_URL },
      { id: 'f-good', name: 'Смета.xlsx', size: 71_246, url: '/files/f-good/smeta.xlsx' },
      ...app.attachments.slice(0, 0),
    ],
  }));
  const { container } = await openEvaluation(assignment.id);
  expect(screen.queryByRole('link', { name: 'Презентация.pdf' })).not.toBeInTheDocument();
  expect(screen.getByText('Презентация.pdf')).toBeInTheDocument();
  expect(screen.getByText(HOSTILE_PSEUDO_URL)).toBeInTheDocument();
  expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  expect(screen.getByRole('link', { name: 'Смета.xlsx' })).toHaveAttribute(
    'href',
    '/files/f-good/smeta.xlsx',
  );
  expect(screen.getByText('2,3 МБ')).toBeInTheDocument();
  expect(screen.getByText('70 КБ')).toBeInTheDocument();
});

test('declaring a conflict of interest takes the application out of the queue', async () => {
  const assignment = assignmentOf('new', GRANT_STAGE, isHostile);
  const { user } = await openEvaluation(assignment.id, '?queue=status%3Dnew');
  await user.click(screen.getByRole('button', { name: 'Заявить о конфликте интересов' }));
  const dialog = screen.getByRole('dialog', { name: 'Конфликт интересов' });
  await user.click(within(dialog).getByRole('radio', { name: 'Другое' }));
  await user.click(within(dialog).getByRole('button', { name: 'Заявить о конфликте' }));
  expect(within(dialog).getByRole('textbox', { name: 'Пояснение' })).toHaveAccessibleDescription(
    /Поясните причину конфликта интересов/,
  );
  await user.type(within(dialog).getByRole('textbox', { name: 'Пояснение' }), 'Был консультантом проекта');
  await user.click(within(dialog).getByRole('button', { name: 'Заявить о конфликте' }));

  expect(
    await screen.findByRole('heading', { name: 'Вы заявили о конфликте интересов' }),
  ).toBeInTheDocument();
  expect(screen.getByText('Причина: Другое — Был консультантом проекта')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Вернуться к очереди' })).toHaveAttribute(
    'href',
    '/expert/queue?status=new',
  );
  expect(getDb().get('assignments', assignment.id)?.status).toBe('recused');
});

test('after the deadline the page explains that submitting is closed, and the server refuses it', async () => {
  const assignment = assignmentOf('new', GRANT_STAGE, isHostile);
  const { user } = await openEvaluation(assignment.id);
  await fillValidSheet(user);
  const due = getDb().get('assignments', assignment.id)?.dueAt ?? '';
  getDb().setClockOffset(Date.parse(due) - Date.now() + 60_000);
  await user.click(submitButton());
  const dialog = await screen.findByRole('dialog', { name: 'Отправить оценку?' });
  await user.click(within(dialog).getByRole('button', { name: 'Отправить' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Срок оценки истёк');
  expect(alert).toHaveTextContent('Обратитесь к координатору, чтобы продлить срок');
  // The draft stays editable and saved.
  expect(option(LOGIC, 10)).toHaveAttribute('aria-checked', 'true');
  expect(getDb().get('assignments', assignment.id)?.status).not.toBe('submitted');
});

test('a page opened after the deadline says so before any submit', async () => {
  const assignment = assignmentOf('draft', GRANT_STAGE, isHostile);
  getDb().setClockOffset(Date.parse(assignment.dueAt ?? '') - Date.now() + 3_600_000);
  await openEvaluation(assignment.id);
  expect(screen.getByText('Срок оценки истёк')).toBeInTheDocument();
  expect(screen.getByText(/Обратитесь к координатору, чтобы продлить срок/)).toBeInTheDocument();
  expect(screen.getAllByRole('radiogroup')).toHaveLength(10);
});

test('j and k move through the queue and a score typed before leaving is still there', async () => {
  const { user, router } = await openEvaluation(assignmentOf('new', GRANT_STAGE, isHostile).id, '?queue=');
  const first = router.state.location.pathname;
  const firstTitle = screen.getByRole('heading', { level: 1 }).textContent ?? '';
  await screen.findByRole('button', { name: 'Следующая заявка в очереди (j)' });
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Следующая заявка в очереди (j)' })).toBeEnabled(),
  );
  await user.click(option(LOGIC, 8));
  // Typing a «j» in a comment writes a letter, it does not leave the page.
  await user.type(commentOf(LOGIC), 'j');
  expect(router.state.location.pathname).toBe(first);

  // Out of the text field: a plain «j» now moves on.
  await user.click(screen.getByRole('heading', { level: 1 }));
  await user.keyboard('j');
  await waitFor(() => expect(router.state.location.pathname).not.toBe(first));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(firstTitle));
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Предыдущая заявка в очереди (k)' })).toBeEnabled(),
  );
  await user.click(screen.getByRole('heading', { level: 1 }));
  await user.keyboard('k');
  await waitFor(() => expect(router.state.location.pathname).toBe(first));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(firstTitle));
  expect(await screen.findByRole('radio', { name: `${LOGIC}: 8 из 10` })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  expect(commentOf(LOGIC)).toHaveValue('j');
});

test('«?» opens the keyboard help', async () => {
  const { user } = await openNew();
  await user.keyboard('?');
  expect(screen.getByRole('dialog', { name: 'Горячие клавиши' })).toBeInTheDocument();
});

test('Alt+j leaves even from a comment field', async () => {
  const { user, router } = await openEvaluation(assignmentOf('new', GRANT_STAGE, isHostile).id, '?queue=');
  const first = router.state.location.pathname;
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Следующая заявка в очереди (j)' })).toBeEnabled(),
  );
  await user.click(commentOf(LOGIC));
  await user.keyboard('{Alt>}j{/Alt}');
  await waitFor(() => expect(router.state.location.pathname).not.toBe(first));
});

test('selected card text can be quoted into a criterion comment', async () => {
  const assignment = assignmentOf('new', GRANT_STAGE, isHostile);
  const app = getDb().get('applications', assignment.applicationId);
  const { user } = await openEvaluation(assignment.id);
  const card = screen.getByRole('region', { name: `Заявка № ${app?.id ?? ''}` });
  const grantor = within(card).getByText(app?.grantor ?? '');
  // jsdom has no mouse selection: select the text node the way a drag would, then tell the page.
  const range = document.createRange();
  range.selectNodeContents(grantor);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));

  await user.click(await screen.findByRole('button', { name: 'Процитировать в комментарий' }));
  const menu = screen.getByRole('group', { name: 'В комментарий к какому критерию?' });
  await user.click(within(menu).getByRole('button', { name: LOGIC }));
  expect(commentOf(LOGIC)).toHaveValue(`«${app?.grantor ?? ''}» — Грантодатель`);
  expect(commentOf(LOGIC)).toHaveFocus();
});
