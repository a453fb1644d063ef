import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { describe, expect, test } from 'vitest';
import { readTable, TableReadError, type TableReadReason } from '@/lib/tabular/read-table';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

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

function fixture(name: string, type = 'text/csv'): File {
  return new File([readFileSync(join(FIXTURES, name))], name, { type });
}

function textFile(text: string, name = 'file.csv'): File {
  return new File([new TextEncoder().encode(text)], name, { type: 'text/csv' });
}

async function xlsxFile(data: SheetData, name = 'file.xlsx'): Promise<File> {
  const blob = await writeXlsxFile(data).toBlob();
  return new File([await blob.arrayBuffer()], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

async function failureOf(promise: Promise<unknown>): Promise<TableReadReason> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TableReadError) return error.reason;
    throw error;
  }
  throw new Error('expected readTable to fail');
}

describe('CSV encodings and delimiters', () => {
  test.each([
    ['utf8-comma.csv', 'utf-8', ','],
    ['utf8-bom-semicolon.csv', 'utf-8', ';'],
    ['cp1251-semicolon.csv', 'windows-1251', ';'],
    ['cp1251-comma.csv', 'windows-1251', ','],
    ['utf8-tab.tsv', 'utf-8', '\t'],
  ] as const)('%s is decoded as %s with %j', async (name, encoding, delimiter) => {
    const sheet = await readTable(fixture(name));
    expect(sheet.source).toBe('csv');
    expect(sheet.encoding).toBe(encoding);
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.headers).toEqual(HEADERS);
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows[0]?.[3]).toBe('7701234567');
    expect(sheet.rows[0]?.[2]).toBe('АНО "Книга"');
    expect(sheet.rows[1]?.[2]).toBe('Фонд; добра');
  });

  test('the BOM never sticks to the first header', async () => {
    const sheet = await readTable(fixture('utf8-bom-semicolon.csv'));
    expect(sheet.headers[0]).toBe('ID');
  });

  test('quoted cells keep line breaks and doubled quotes', async () => {
    const sheet = await readTable(fixture('utf8-comma.csv'));
    expect(sheet.rows[1]?.[1]).toBe('Вторая строка\nс переносом');
    expect(sheet.rows[0]?.[2]).toBe('АНО "Книга"');
    // The multi-line record is still the third row of the file, as Excel would number it.
    expect(sheet.rowNumbers).toEqual([2, 3]);
  });

  test('a decimal comma in data rows does not fool the sniffer when the header uses ;', async () => {
    const sheet = await readTable(textFile('ID;Сумма\nA;1,5\nB;2,75\n'));
    expect(sheet.delimiter).toBe(';');
    expect(sheet.rows).toEqual([
      ['A', '1,5'],
      ['B', '2,75'],
    ]);
  });

  test('a single-column file is read as one column', async () => {
    const sheet = await readTable(textFile('ID\nA-1\nA-2'));
    expect(sheet.headers).toEqual(['ID']);
    expect(sheet.rows).toEqual([['A-1'], ['A-2']]);
  });
});

describe('Excel quirks', () => {
  test('header cells lose stray spaces, NBSP and zero-width characters; cells are trimmed', async () => {
    const sheet = await readTable(
      textFile(
        '\uFEFF ID ;Дата\u00A0начала;  Сумма   финансирования\u200B\n  A-1 ; 01.03.2025 ;\u00A0100\u00A0',
      ),
    );
    expect(sheet.headers).toEqual(['ID', 'Дата начала', 'Сумма финансирования']);
    expect(sheet.rows).toEqual([['A-1', '01.03.2025', '100']]);
  });

  test('trailing empty columns and rows are dropped; empty rows in between keep the file numbering', async () => {
    const sheet = await readTable(textFile('ID;Название;;\nA-1;Первый;;\n;;;\nA-2;Второй;;\n;;;\n;;;\n'));
    expect(sheet.headers).toEqual(['ID', 'Название']);
    expect(sheet.rows).toEqual([
      ['A-1', 'Первый'],
      ['A-2', 'Второй'],
    ]);
    expect(sheet.rowNumbers).toEqual([2, 4]);
  });

  test('short rows are padded and a value under a missing header is kept', async () => {
    const sheet = await readTable(textFile('ID;Название\nA-1\nA-2;Второй;лишнее'));
    expect(sheet.headers).toEqual(['ID', 'Название', '']);
    expect(sheet.rows).toEqual([
      ['A-1', '', ''],
      ['A-2', 'Второй', 'лишнее'],
    ]);
  });

  test('XLSX: dates become YYYY-MM-DD, numbers plain text, booleans да/нет, serials stay numbers', async () => {
    const file = await xlsxFile([
      [
        ' ID\u00A0',
        'Дата начала',
        'Сумма финансирования',
        'ИНН',
        'Подтверждено субъектом РФ',
        'Дата окончания',
        null,
      ],
      [
        'A-1',
        { value: new Date(Date.UTC(2025, 0, 15)), type: Date, format: 'dd.mm.yyyy' },
        1234.56,
        7701234567,
        true,
        45658,
        null,
      ],
      ['A-2', '31.02.2025', 1e21, 123, false, '45658', null],
      [null, null, null, null, null, null, null],
    ]);
    const sheet = await readTable(file);
    expect(sheet.source).toBe('xlsx');
    expect(sheet.encoding).toBeUndefined();
    expect(sheet.headers).toEqual([
      'ID',
      'Дата начала',
      'Сумма финансирования',
      'ИНН',
      'Подтверждено субъектом РФ',
      'Дата окончания',
    ]);
    expect(sheet.rows).toEqual([
      ['A-1', '2025-01-15', '1234.56', '7701234567', 'да', '45658'],
      ['A-2', '31.02.2025', '1000000000000000000000', '123', 'нет', '45658'],
    ]);
    expect(sheet.rowNumbers).toEqual([2, 3]);
  });

  test('an .xlsx renamed to .csv is still read as a workbook', async () => {
    const file = await xlsxFile([['ID'], ['A-1']], 'export.csv');
    const sheet = await readTable(file);
    expect(sheet.source).toBe('xlsx');
    expect(sheet.rows).toEqual([['A-1']]);
  });
});

describe('files that cannot be read', () => {
  test('an empty file', async () => {
    expect(await failureOf(readTable(textFile('')))).toBe('empty');
  });

  test('a file of blank lines and separators', async () => {
    expect(await failureOf(readTable(textFile('\n;;;\n  \n')))).toBe('empty');
  });

  test('a picture or a PDF', async () => {
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'scan.pdf', {
      type: 'application/pdf',
    });
    expect(await failureOf(readTable(file))).toBe('unsupportedType');
  });

  test('an old binary .xls', async () => {
    const file = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'old.xls');
    expect(await failureOf(readTable(file))).toBe('unsupportedType');
  });

  test('a broken .xlsx', async () => {
    expect(await failureOf(readTable(textFile('not a zip', 'broken.xlsx')))).toBe('unreadable');
    const truncated = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'cut.xlsx');
    expect(await failureOf(readTable(truncated))).toBe('unreadable');
  });

  test('a file over the size limit', async () => {
    const file = textFile('ID\n');
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    expect(await failureOf(readTable(file))).toBe('tooLarge');
  });
});
