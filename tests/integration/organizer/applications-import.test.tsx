import { fireEvent, screen, within } from '@testing-library/react';
import writeXlsxFile from 'write-excel-file/universal';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { getDb } from '@mocks/db/database';
import { server } from '@mocks/node';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

const CONTEST = 'c-grant';
const IMPORT_URL = `/organizer/contests/${CONTEST}/applications/import`;

const HEADERS = [
  'ID',
  'Название',
  'НКО',
  'ИНН',
  'Регион',
  'Номинация',
  'Дата начала',
  'Дата окончания',
  'Сумма финансирования',
];
// Valid checksums: a seed organisation's ИНН and a well-known real one.
const INN = '1623972870';
const OTHER_INN = '7707083893';
const NOMINATION = 'Поддержка семьи, материнства и детства';
/** Application 1204's nomination; it is assigned to experts, so a re-import must keep it. */
const MEMORY = 'Сохранение исторической памяти';

function row(id: string, overrides: Partial<Record<(typeof HEADERS)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    ID: id,
    Название: `Проект ${id}`,
    НКО: 'АНО «Добрые соседи»',
    ИНН: INN,
    Регион: 'Республика Татарстан',
    Номинация: NOMINATION,
    'Дата начала': '01.03.2026',
    'Дата окончания': '30.11.2026',
    'Сумма финансирования': '1 500 000,00',
    ...overrides,
  };
  return HEADERS.map((header) => base[header] ?? '');
}

function csvFile(rows: string[][], name = 'заявки.csv', headers = HEADERS): File {
  const text = [headers, ...rows].map((cells) => cells.join(';')).join('\r\n');
  return new File([`\uFEFF${text}\r\n`], name, { type: 'text/csv' });
}

async function openImport() {
  await signInByApi('organizer@demo.ru');
  const view = renderApp(IMPORT_URL);
  await screen.findByRole('heading', { level: 2, name: 'Импорт заявок' }, { timeout: 5000 });
  return view;
}

function fileInput(): HTMLInputElement {
  const input = screen.getByLabelText('Файл с заявками');
  if (!(input instanceof HTMLInputElement)) throw new Error('the file picker is not an input');
  return input;
}

/** The preview row whose row header is the file's row number. */
function previewRow(fileRow: number): HTMLElement {
  const table = screen.getByRole('table', { name: /Строки файла/ });
  const header = within(table).getByRole('rowheader', { name: String(fileRow) });
  const tr = header.closest('tr');
  if (tr === null) throw new Error(`no row ${fileRow}`);
  return tr;
}

test('each kind of bad row gets a clear error in its row, with the column and the row number of the file', async () => {
  const { user } = await openImport();
  const file = csvFile([
    row('900001'), // 2: new
    row('900002', { Название: '' }), // 3
    row('900003', { ИНН: '1623972871' }), // 4: checksum
    row('900004', { Номинация: 'Космос' }), // 5
    row('900005', { Регион: 'Атлантида' }), // 6
    row('900006', { 'Дата начала': '31.02.2025' }), // 7
    row('900007', { 'Дата начала': '01.12.2026', 'Дата окончания': '01.03.2026' }), // 8
    row('900008', { 'Сумма финансирования': 'много' }), // 9
    row('900001', { ИНН: OTHER_INN }), // 10: duplicate ID
    row('900009', { 'Дата начала': '45658', 'Дата окончания': '45900' }), // 11: Excel serials
    row('1204', { Номинация: MEMORY }), // 12: an existing application (already assigned: same nomination)
    row('12a', {}), // 13: bad ID
    row('900010', { ИНН: '12345' }), // 14: ИНН format
  ]);
  await user.upload(fileInput(), file);

  expect(await screen.findByRole('heading', { name: 'Предпросмотр' })).toHaveFocus();
  expect(screen.getByText('Файл «заявки.csv»: 13 строк.')).toBeInTheDocument();
  expect(
    screen.getByText(/Распознано 9 столбцов из 9\. Кодировка: UTF-8, разделитель: точка с запятой\./),
  ).toBeInTheDocument();

  const expectations: [number, RegExp][] = [
    [3, /Столбец «Название»:\s*не заполнено/],
    [4, /Столбец «ИНН»:\s*ИНН 1623972871 не проходит проверку контрольной суммы/],
    [5, /Столбец «Номинация»:\s*номинации «Космос» нет в этом конкурсе/],
    [6, /Столбец «Регион»:\s*«Атлантида» — нет такого субъекта РФ/],
    [7, /Столбец «Дата начала»:\s*даты «31\.02\.2025» не существует/],
    [8, /Столбец «Дата окончания»:\s*дата окончания раньше даты начала/],
    [9, /Столбец «Сумма финансирования»:\s*«много» — не сумма/],
    [10, /Столбец «ID»:\s*ID 900001 уже встречался выше в файле, в строке 2/],
    [13, /Столбец «ID»:\s*«12a» — ID заявки должен состоять из 1–12 цифр/],
    [14, /Столбец «ИНН»:\s*«12345» — ИНН: 10 цифр у организации или 12 у ИП/],
  ];
  for (const [fileRow, message] of expectations) {
    const tr = previewRow(fileRow);
    expect(within(tr).getByText('ошибка')).toBeInTheDocument();
    expect(tr).toHaveTextContent(message);
  }
  expect(within(previewRow(2)).getByText('новая')).toBeInTheDocument();
  expect(within(previewRow(11)).getByText('новая')).toBeInTheDocument();
  expect(within(previewRow(11)).getByText('Ошибок нет')).toBeInTheDocument();
  expect(within(previewRow(12)).getByText('обновление')).toBeInTheDocument();

  const counts = screen.getByText('Новые').closest('dl');
  if (counts === null) throw new Error('no counts');
  expect(counts).toHaveTextContent('Новые2Обновления1С ошибками10');

  // Nothing is stored by the preview.
  expect(getDb().get('applications', '900001')).toBeUndefined();

  await user.click(screen.getByRole('checkbox', { name: 'Только строки с ошибками' }));
  const table = screen.getByRole('table', { name: /Строки файла/ });
  expect(within(table).getAllByRole('row')).toHaveLength(11);
  expect(within(table).queryByText('новая')).not.toBeInTheDocument();
});

test('the import commits only on confirmation, creates new IDs, updates existing ones and links to the list', async () => {
  const { user } = await openImport();
  const before = getDb().group('applications', 'byContest', CONTEST).length;
  await user.upload(
    fileInput(),
    csvFile([
      row('900001', { 'Дата начала': '45658', 'Дата окончания': '2025-12-31' }),
      row('1204', {
        Номинация: MEMORY,
        Название: 'Живые голоса истории — новая редакция',
        'Сумма финансирования': '999 000',
      }),
      row('900002', { Номинация: 'Космос' }),
    ]),
  );
  const commit = await screen.findByRole('button', { name: 'Импортировать 2 заявки' });
  expect(screen.getByText(/1 строка с ошибками будет пропущена/)).toBeInTheDocument();
  expect(getDb().get('applications', '900001')).toBeUndefined();

  await user.click(commit);
  expect(await screen.findByRole('heading', { name: 'Импорт завершён' })).toHaveFocus();
  expect(screen.getByText('Создана 1 заявка')).toBeInTheDocument();
  expect(screen.getByText('Обновлена 1 заявка')).toBeInTheDocument();
  expect(screen.getByText('Пропущена 1 строка с ошибками')).toBeInTheDocument();

  const created = getDb().get('applications', '900001');
  expect(created).toMatchObject({
    contestId: CONTEST,
    nominationId: 'nom-grant-family',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    requestedAmount: 1_500_000,
    organization: { inn: INN },
    region: { name: 'Республика Татарстан' },
    screening: { status: 'pending' },
  });
  expect(getDb().get('applications', '1204')).toMatchObject({
    title: 'Живые голоса истории — новая редакция',
    requestedAmount: 999_000,
  });
  expect(getDb().group('applications', 'byContest', CONTEST)).toHaveLength(before + 1);

  await user.click(screen.getByRole('link', { name: 'Перейти к списку заявок' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Заявки' })).toBeInTheDocument();
  await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), '900001');
  await user.click(screen.getByRole('button', { name: 'Найти' }));
  const table = await screen.findByRole('table', { name: /Заявки конкурса/ });
  expect(await within(table).findByText('Проект 900001')).toBeInTheDocument();
  expect(within(table).getByText('1 500 000 ₽')).toBeInTheDocument();
});

test('re-importing the same file updates instead of duplicating', async () => {
  const { user } = await openImport();
  const file = csvFile([row('900001')]);
  await user.upload(fileInput(), file);
  await user.click(await screen.findByRole('button', { name: 'Импортировать 1 заявку' }));
  await screen.findByRole('heading', { name: 'Импорт завершён' });

  await user.click(screen.getByRole('button', { name: 'Загрузить ещё файл' }));
  await user.upload(fileInput(), csvFile([row('900001', { Название: 'Новое название' })]));
  expect(
    within(await screen.findByRole('table', { name: /Строки файла/ })).getByText('обновление'),
  ).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Импортировать 1 заявку' }));
  expect(await screen.findByText('Обновлена 1 заявка')).toBeInTheDocument();
  expect(
    getDb()
      .all('applications')
      .filter((a) => a.id === '900001'),
  ).toHaveLength(1);
  expect(getDb().get('applications', '900001')?.title).toBe('Новое название');
});

test('an XLSX workbook with real date cells and numbers imports like a CSV', async () => {
  const { user } = await openImport();
  const blob = await writeXlsxFile([
    HEADERS.map((header) => (header === 'ID' ? ' ID\u00a0' : header)),
    [
      900777,
      'Проект из Excel',
      'Фонд «Опора»',
      7707083893,
      '16',
      NOMINATION,
      { value: new Date(Date.UTC(2026, 2, 1)), type: Date, format: 'dd.mm.yyyy' },
      { value: new Date(Date.UTC(2026, 10, 30)), type: Date, format: 'dd.mm.yyyy' },
      2691000.5,
      null,
    ],
  ]).toBlob();
  const file = new File([await blob.arrayBuffer()], 'заявки.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  await user.upload(fileInput(), file);
  expect(await screen.findByText(/Прочитан первый лист книги Excel/)).toBeInTheDocument();
  expect(within(previewRow(2)).getByText('новая')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Импортировать 1 заявку' }));
  await screen.findByText('Создана 1 заявка');
  expect(getDb().get('applications', '900777')).toMatchObject({
    title: 'Проект из Excel',
    startDate: '2026-03-01',
    endDate: '2026-11-30',
    requestedAmount: 2691000.5,
    organization: { inn: '7707083893' },
    region: { code: '16' },
  });
});

test('a Windows-1251 file with commas is decoded, and unknown columns are named and dropped', async () => {
  const { user } = await openImport();
  const headers = [...HEADERS, 'Комментарий менеджера'];
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = [headers, [...row('900050'), 'позвонить']]
    .map((cells) => cells.map(quote).join(','))
    .join('\n');
  // Windows-1251 by hand: TextEncoder only writes UTF-8.
  const bytes = Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      if (code === 0xab) return 0xab;
      if (code === 0xbb) return 0xbb;
      throw new Error(`no cp1251 byte for ${ch}`);
    }),
  );
  await user.upload(fileInput(), new File([bytes], 'выгрузка.csv', { type: 'text/csv' }));
  expect(await screen.findByText(/Кодировка: Windows-1251, разделитель: запятая/)).toBeInTheDocument();
  expect(screen.getByText('Не распознаны и не будут загружены:')).toBeInTheDocument();
  expect(screen.getByText('столбец J «Комментарий менеджера»')).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'Импортировать 1 заявку' })).toBeInTheDocument();
  expect(within(previewRow(2)).getByText('Проект 900050')).toBeInTheDocument();
});

test('a file missing required columns is stopped before the server, naming them', async () => {
  const { user } = await openImport();
  const headers = HEADERS.filter((h) => h !== 'ИНН' && h !== 'Регион');
  await user.upload(fileInput(), csvFile([headers.map(() => 'x')], 'неполный.csv', headers));
  expect(
    await screen.findByText(
      'Нет обязательных столбцов: ИНН, Регион. Добавьте их в файл и загрузите его снова.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Предпросмотр' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Импортировать/ })).not.toBeInTheDocument();
});

test('an empty file, a header-only file and a wrong file type get a clear message and the page stays usable', async () => {
  const { user } = await openImport();
  await user.upload(fileInput(), new File([''], 'пусто.csv', { type: 'text/csv' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Файл «пусто.csv» пустой');

  await user.upload(fileInput(), csvFile([], 'шапка.csv'));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'В файле «шапка.csv» только заголовки — нет ни одной заявки.',
  );

  // The picker filters by type, so the wrong file arrives by drag and drop.
  const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'скан.pdf', { type: 'application/pdf' });
  fireEvent.drop(screen.getByText('Файл с заявками'), { dataTransfer: { files: [pdf] } });
  expect(await screen.findByRole('alert')).toHaveTextContent('Файл «скан.pdf» не подходит: нужен CSV');

  const broken = new File(['это не архив'], 'сломанный.xlsx');
  await user.upload(fileInput(), broken);
  expect(await screen.findByRole('alert')).toHaveTextContent('Не удалось прочитать файл «сломанный.xlsx»');

  await user.upload(fileInput(), csvFile([row('900001')]));
  expect(await screen.findByRole('button', { name: 'Импортировать 1 заявку' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

const COMMIT_URL = `${window.location.origin}/api/v1/contests/${CONTEST}/applications/import/commit`;

function problem(status: number, code: string) {
  return HttpResponse.json(
    { type: 'about:blank', title: code, status, code, requestId: 'req-test' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

test('a failed commit keeps the preview and says to retry; a second try goes through', async () => {
  const { user } = await openImport();
  await user.upload(fileInput(), csvFile([row('900001')]));
  const commit = await screen.findByRole('button', { name: 'Импортировать 1 заявку' });
  server.use(http.post(COMMIT_URL, () => problem(503, 'unavailable'), { once: true }));
  await user.click(commit);
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Не удалось импортировать, повторите. Предпросмотр сохранён.',
  );
  expect(getDb().get('applications', '900001')).toBeUndefined();
  expect(within(previewRow(2)).getByText('новая')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Импортировать 1 заявку' }));
  expect(await screen.findByText('Создана 1 заявка')).toBeInTheDocument();
  expect(getDb().get('applications', '900001')).toBeDefined();
});

test('an expired preview is explained and the same file is checked again without choosing it anew', async () => {
  const { user } = await openImport();
  await user.upload(fileInput(), csvFile([row('900001')]));
  const commit = await screen.findByRole('button', { name: 'Импортировать 1 заявку' });
  server.use(http.post(COMMIT_URL, () => problem(409, 'previewExpired'), { once: true }));
  await user.click(commit);
  expect(await screen.findByRole('alert')).toHaveTextContent('Предпросмотр устарел или уже применён');

  await user.click(screen.getByRole('button', { name: 'Проверить файл ещё раз' }));
  await user.click(await screen.findByRole('button', { name: 'Импортировать 1 заявку' }));
  expect(await screen.findByText('Создана 1 заявка')).toBeInTheDocument();
});
