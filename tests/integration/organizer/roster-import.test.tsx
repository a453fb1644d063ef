import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const HEADER = ['ФИО', 'Email', 'Регион (код)', 'Аффилиации', 'Экспертиза', 'Лимит'];
const NEW_EXPERT = [
  'Пётр Ильич Новиков',
  'p.novikov@example.ru',
  '66',
  '7707083893 ПАО Сбербанк',
  'Наставник',
  '15',
];
const KNOWN_EXPERT = ['Диана Геннадьевна Горбунова', 'expert01@demo.ru', '31', '', '', '55'];
const BAD_ROW = ['Иван Плохой', 'ivan@', '99', '1234567890 ООО Ромашка', 'Несуществующая номинация', 'много'];

function csv(rows: readonly (readonly string[])[], delimiter: string): string {
  return rows.map((row) => row.join(delimiter)).join('\r\n');
}

/** Windows-1251, the way Russian Excel saves «CSV»: one byte per Cyrillic letter. */
function cp1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    throw new Error(`no cp1251 byte for ${ch}`);
  });
}

// A blank line before the bad row: the error must name the row as the file numbers it (5, not 4).
const POOL_FILE = csv([HEADER, NEW_EXPERT, KNOWN_EXPERT, [], BAD_ROW], ';');

async function openImport() {
  await signInByApi('organizer@demo.ru');
  const view = renderApp('/organizer/experts');
  await view.user.click(await screen.findByRole('button', { name: 'Импорт из файла' }, { timeout: 5000 }));
  const panel = await screen.findByRole('region', { name: 'Импорт экспертов из файла' });
  return { ...view, panel: within(panel) };
}

test('a pool file is previewed row by row with its errors, then imported with counts and the refused row', async () => {
  const { user, panel } = await openImport();
  await user.upload(
    panel.getByLabelText('Файл с экспертами'),
    new File([`\uFEFF${POOL_FILE}`], 'эксперты.csv', { type: 'text/csv' }),
  );

  expect(await panel.findByText('«эксперты.csv»: строк с данными — 3.', { exact: false })).toBeVisible();
  expect(panel.getByText(/Кодировка UTF-8, разделитель «;»/)).toBeVisible();
  const preview = panel.getByRole('table', { name: 'Предпросмотр: строки файла' });
  const [, first, second, bad] = within(preview).getAllByRole('row');
  expect(within(first as HTMLElement).getByRole('rowheader')).toHaveTextContent('2');
  expect(within(first as HTMLElement).getByText('Ошибок не найдено')).toBeVisible();
  expect(within(second as HTMLElement).getByText('Ошибок не найдено')).toBeVisible();
  const badRow = within(bad as HTMLElement);
  expect(badRow.getByRole('rowheader')).toHaveTextContent('5');
  expect(badRow.getByText('Email: «ivan@» — не адрес электронной почты')).toBeVisible();
  expect(badRow.getByText('Регион (код): нет субъекта РФ с кодом или названием «99»')).toBeVisible();
  expect(
    badRow.getByText(
      'Аффилиации: «1234567890 ООО Ромашка» — ИНН не найден или не проходит проверку контрольной суммы',
    ),
  ).toBeVisible();
  expect(badRow.getByText('Экспертиза: номинация «Несуществующая номинация» не найдена')).toBeVisible();
  expect(badRow.getByText('Лимит: «много» — нужно целое число от 0 до 1000')).toBeVisible();
  expect(panel.getByText('В 1 строке есть ошибки: она не загрузится, остальные загрузятся.')).toBeVisible();
  // Nothing is stored before the confirmation.
  expect(
    getDb()
      .all('experts')
      .some((e) => e.email === 'p.novikov@example.ru'),
  ).toBe(false);

  await user.click(panel.getByRole('button', { name: 'Загрузить 3 строки' }));
  expect(await panel.findByRole('heading', { name: 'Импорт завершён' })).toHaveFocus();
  expect(panel.getByText('Добавлен 1 эксперт')).toBeVisible();
  expect(panel.getByText('Обновлён 1 эксперт')).toBeVisible();
  expect(panel.getByText('Не загружена 1 строка')).toBeVisible();
  const refused = panel.getByRole('table', { name: 'Строки, которые не загружены' });
  const [, refusedRow] = within(refused).getAllByRole('row');
  const row = within(refusedRow as HTMLElement);
  expect(row.getByRole('rowheader')).toHaveTextContent('5');
  expect(row.getByText('Иван Плохой')).toBeVisible();
  expect(row.getByText('Email: «ivan@» — не адрес электронной почты')).toBeVisible();
  expect(row.getByText('Регион (код): нет субъекта РФ с кодом или названием «99»')).toBeVisible();
  expect(row.getByText('Лимит: «много» — нужно целое число от 0 до 1000')).toBeVisible();
  expect(row.getByText('Экспертиза: номинация «Несуществующая номинация» не найдена')).toBeVisible();
  expect(row.getByText(/^Аффилиации: «1234567890 ООО Ромашка»/)).toBeVisible();

  const experts = getDb().all('experts');
  expect(experts.find((e) => e.email === 'p.novikov@example.ru')).toMatchObject({
    fullName: 'Пётр Ильич Новиков',
    region: { code: '66' },
    affiliations: [{ inn: '7707083893', name: 'ПАО Сбербанк' }],
    expertiseNominationIds: ['nom-prize-mentor'],
    loadCap: 15,
  });
  expect(experts.find((e) => e.email === 'expert01@demo.ru')?.loadCap).toBe(55);
  expect(experts.some((e) => e.email === 'ivan@')).toBe(false);
});

test('a Windows-1251 file with commas is read as Excel saved it', async () => {
  const { user, panel } = await openImport();
  const bytes = cp1251(csv([HEADER, NEW_EXPERT, KNOWN_EXPERT], ','));
  await user.upload(
    panel.getByLabelText('Файл с экспертами'),
    new File([bytes], 'pool.csv', { type: 'text/csv' }),
  );

  expect(await panel.findByText(/Кодировка Windows-1251, разделитель «,»/)).toBeVisible();
  expect(panel.getByRole('cell', { name: 'Пётр Ильич Новиков' })).toBeVisible();
  await user.click(panel.getByRole('button', { name: 'Загрузить 2 строки' }));
  expect(await panel.findByText('Добавлен 1 эксперт')).toBeVisible();
  expect(panel.getByText('Обновлён 1 эксперт')).toBeVisible();
  expect(
    getDb()
      .all('experts')
      .find((e) => e.email === 'p.novikov@example.ru')?.fullName,
  ).toBe('Пётр Ильич Новиков');
});

test('a file without the required columns is stopped before anything is sent', async () => {
  const { user, panel } = await openImport();
  const file = new File(
    [
      csv(
        [
          ['ФИО', 'Почта'],
          ['Пётр Новиков', 'p.novikov@example.ru'],
        ],
        ';',
      ),
    ],
    'short.csv',
    {
      type: 'text/csv',
    },
  );
  await user.upload(panel.getByLabelText('Файл с экспертами'), file);
  expect(
    await panel.findByText(
      'В файле нет обязательных колонок: «Регион (код)». Добавьте их в первую строку и выберите файл снова.',
    ),
  ).toBeVisible();
  expect(panel.queryByRole('button', { name: /^Загрузить/ })).not.toBeInTheDocument();
});

test('an empty file gets a clear message', async () => {
  const { user, panel } = await openImport();
  await user.upload(
    panel.getByLabelText('Файл с экспертами'),
    new File([''], 'empty.csv', { type: 'text/csv' }),
  );
  expect(await panel.findByText('Файл пустой: в нём нет ни одной строки с данными.')).toBeVisible();
});
