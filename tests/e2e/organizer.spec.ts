import type { Page } from '@playwright/test';
import { ACCOUNTS, axeViolations, expect, signIn, test } from './fixtures';
import { cp1251Csv, xlsxFile, type ApplicationCells } from './organizer-files';
import { signInAs, signOut } from './coordinator-helpers';

const CONTEST = 'Премия «Открытые сердца» — 2027';
const SET = 'Критерии премии «Открытые сердца»';
const CATEGORY = 'Организации';
const NOMINATION = 'Сердце города';
const STAGE = 'Экспертная оценка премии';
const EXPERT_NAME = 'Анна Сергеевна Иванова';
const CRITERIA = [
  { title: 'Социальная значимость', max: 10, weight: '1' },
  { title: 'Реалистичность плана', max: 5, weight: '2' },
] as const;

function application(
  id: string,
  title: string,
  inn: string,
  extra: Partial<ApplicationCells> = {},
): ApplicationCells {
  return {
    ID: id,
    Название: title,
    НКО: `АНО «${title}»`,
    ИНН: inn,
    Регион: 'Москва',
    Номинация: NOMINATION,
    'Дата начала': '01.03.2027',
    'Дата окончания': '30.11.2027',
    'Цель и задачи': 'Поддержать семьи района через соседские встречи.',
    'Краткое описание': 'Соседский центр с мастерскими и консультациями.',
    'Сумма финансирования': '1 500 000,00',
    'Количество участников': '120',
    ...extra,
  };
}

// Valid ИНН of legal entities (checksums hold); none is an affiliation of a demo expert.
const CSV_ROWS = [
  application('770001', 'Соседский центр «Вместе»', '7707083893'),
  application('770002', 'Тёплый дом', '7702070139'),
];
const XLSX_ROWS = [
  // Re-imported by ID: updates the CSV's row instead of adding a copy.
  application('770002', 'Тёплый дом — семейные выходные', '7702070139', {
    'Дата начала': new Date(Date.UTC(2027, 3, 1)),
  }),
  application('770003', 'Читающий двор', '7728168971', {
    'Дата окончания': new Date(Date.UTC(2027, 11, 20)),
  }),
];

async function expectNoAxeViolations(page: Page): Promise<void> {
  // From the top: a link scrolled under the sticky header would read as a too-small target.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await axeViolations(page)).toEqual([]);
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы конкурса' }).getByRole('link', { name }).click();
}

/** A `datetime-local` value two weeks ahead, as the organizer would type it. */
function twoWeeksAhead(): string {
  const date = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  return `${date.toISOString().slice(0, 10)}T18:00`;
}

async function createContest(page: Page): Promise<string> {
  await page.goto('/login');
  await signIn(page, ACCOUNTS.organizer);
  await expect(page.getByRole('heading', { name: 'Кабинет организатора' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Создать конкурс' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Новый конкурс' });
  await dialog.getByLabel('Название конкурса').fill(CONTEST);
  await dialog.getByRole('radio', { name: /Премия/ }).check();
  await dialog.getByRole('button', { name: 'Создать', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: CONTEST })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Настройки конкурса' })).toBeVisible();
  await expectNoAxeViolations(page);
  return new URL(page.url()).pathname;
}

async function createCriteriaSet(page: Page): Promise<void> {
  await openSection(page, 'Критерии');
  await page.getByRole('link', { name: 'Создать набор критериев' }).first().click();
  await page.getByLabel('Название набора').fill(SET);
  for (const [index, criterion] of CRITERIA.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Добавить критерий' }).click();
    const card = page.getByRole('group', { name: new RegExp(`^Критерий ${index + 1}`) });
    await card.getByLabel('Название критерия').fill(criterion.title);
    await card.getByLabel('Шкала: до').fill(String(criterion.max));
    await card.getByLabel('Вес', { exact: true }).fill(criterion.weight);
  }
  // 1 × 10 + 2 × 5: the maximum total follows the weights as they are typed.
  await expect(page.getByText(/20/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Создать набор' }).click();
  await expect(page.getByText(`Набор «${SET}» создан`, { exact: false })).toBeVisible();
}

async function createNomination(page: Page): Promise<void> {
  await openSection(page, 'Номинации');
  await page.getByLabel('Название новой категории').fill(CATEGORY);
  await page.getByRole('button', { name: 'Добавить категорию' }).click();
  await page.getByRole('button', { name: `Добавить номинацию в категорию «${CATEGORY}»` }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая номинация' });
  await dialog.getByLabel('Название номинации').fill(NOMINATION);
  await dialog.getByLabel('Набор критериев').selectOption({ label: SET });
  await dialog.getByRole('button', { name: 'Создать номинацию' }).click();
  await expect(page.getByText(`Номинация «${NOMINATION}» создана.`)).toBeVisible();
  await expectNoAxeViolations(page);
}

async function createStage(page: Page): Promise<void> {
  await openSection(page, 'Этапы');
  await page.getByRole('button', { name: 'Добавить этап' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Новый этап' });
  await dialog.getByLabel('Название этапа').fill(STAGE);
  await dialog.getByLabel('Вид этапа').selectOption({ label: 'Экспертная оценка' });
  await dialog.getByLabel('Срок окончания').fill(twoWeeksAhead());
  await dialog.getByLabel('Общий набор критериев').selectOption({ label: SET });
  await dialog.getByRole('button', { name: 'Добавить этап' }).click();
  await expect(page.getByText(`Этап «${STAGE}» добавлен`)).toBeVisible();
  // A new stage is planned; opening it lets experts see their work.
  await page.getByRole('button', { name: `Изменить этап «${STAGE}»` }).click();
  const edit = page.getByRole('dialog', { name: `Этап «${STAGE}»` });
  await edit.getByLabel('Статус').selectOption({ label: 'Идёт' });
  await edit.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByText(`Изменения этапа «${STAGE}» сохранены`)).toBeVisible();
  await expectNoAxeViolations(page);
}

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer, count: RegExp) {
  await openSection(page, 'Заявки');
  await page.getByRole('link', { name: 'Импортировать заявки' }).first().click();
  await page.getByLabel('Файл с заявками').setInputFiles({ name, mimeType, buffer });
  await expect(page.getByRole('heading', { name: /Предпросмотр/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: count }).click();
  await expect(page.getByRole('heading', { name: 'Импорт завершён' })).toBeVisible();
}

async function admitAll(page: Page, ids: readonly string[]): Promise<void> {
  await openSection(page, 'Заявки');
  for (const id of ids) {
    await page.getByRole('button', { name: `Допустить заявку ${id}` }).click();
    const dialog = page.getByRole('dialog', { name: `Допустить заявку ${id}` });
    await dialog.getByRole('button', { name: 'Допустить', exact: true }).click();
    await expect(page.getByText(`Заявка ${id} допущена к экспертизе.`)).toBeVisible();
  }
  await expectNoAxeViolations(page);
}

async function giveExpertise(page: Page): Promise<void> {
  await page.goto('/organizer/experts');
  await page.getByRole('link', { name: EXPERT_NAME }).click();
  await expect(page.getByRole('heading', { name: EXPERT_NAME })).toBeVisible();
  await page.getByRole('checkbox', { name: NOMINATION }).check();
  await page.getByRole('button', { name: 'Сохранить изменения' }).click();
  await expect(page.getByText(/сохранен/i).first()).toBeVisible();
  await expectNoAxeViolations(page);
}

async function distribute(page: Page): Promise<void> {
  await openSection(page, 'Назначения');
  await page.getByLabel('Экспертов на заявку').fill('1');
  await page.getByRole('button', { name: 'Построить предпросмотр' }).click();
  // Anna holds the nomination's expertise, so she gets all three; nothing is assigned yet.
  const load = page.getByRole('table', { name: /Нагрузка/ });
  await expect(load.getByRole('row', { name: new RegExp(EXPERT_NAME) })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Распределить' }).click();
  await expect(page.getByText('Распределение применено: создано 3 назначения.')).toBeVisible();
}

test('an organizer sets up a contest from nothing and an expert scores its new application', async ({
  guardedPage: page,
}) => {
  test.setTimeout(240_000);
  const contestPath = await createContest(page);
  await createCriteriaSet(page);
  await createNomination(page);
  await createStage(page);
  await importFile(page, 'заявки.csv', 'text/csv', cp1251Csv(CSV_ROWS), /Импортировать 2 заявки/);
  await importFile(
    page,
    'заявки.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    await xlsxFile(XLSX_ROWS),
    /Импортировать 2 заявки/,
  );
  await admitAll(page, ['770001', '770002', '770003']);
  await giveExpertise(page);
  await page.goto(contestPath);
  await distribute(page);

  await signOut(page);
  await signInAs(page, ACCOUNTS.expert);
  await page.goto('/expert/queue');
  await page.getByRole('link', { name: 'Тёплый дом — семейные выходные', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Тёплый дом — семейные выходные');
  // The new criteria, with their own scales: 10 points, then 5.
  await page.getByRole('radio', { name: `${CRITERIA[0].title}: 10 из 10`, exact: true }).click();
  await page.getByRole('radio', { name: `${CRITERIA[1].title}: 5 из 5`, exact: true }).click();
  await expect(page.getByText(/20 из 20/).first()).toBeVisible();
  // The XLSX's date cell arrived as a date, and the re-import replaced the CSV's title.
  await expect(page.getByText('1 апреля 2027 г.')).toBeVisible();
  await page.getByRole('radio', { name: 'Поддержать' }).check();
  await page.getByRole('button', { name: 'Отправить оценку' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отправить оценку?' });
  await confirm.getByRole('button', { name: 'Отправить', exact: true }).click();
  await expect(page.getByText(/Оценка отправлена/).first()).toBeVisible();
});
