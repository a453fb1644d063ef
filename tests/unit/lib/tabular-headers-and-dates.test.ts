import { expect, test } from 'vitest';
import { IMPORT_HEADERS } from '@/api/schemas/import-headers';
import { csvNumberText } from '@/lib/tabular/cells';
import { columnLetter, matchHeaders } from '@/lib/tabular/match-headers';
import { parseDate } from '@mocks/db/rules/import-cells';

test('headers match ignoring case, extra spaces, NBSP and ё; unknown, repeated and missing ones are reported', () => {
  const match = matchHeaders(
    ['id', 'НАЗВАНИЕ', 'дата\u00a0 начала', 'Примечание', '', 'Название', 'Подтверждено субъектом РФ'],
    IMPORT_HEADERS,
    ['ID', 'Название', 'ИНН'],
  );
  expect(match.columns).toEqual([
    'ID',
    'Название',
    'Дата начала',
    null,
    null,
    null,
    'Подтверждено субъектом РФ',
  ]);
  expect(match.unknown).toEqual([
    { index: 3, header: 'Примечание' },
    { index: 4, header: '' },
  ]);
  expect(match.duplicates).toEqual([{ index: 5, header: 'Название' }]);
  expect(match.missing).toEqual(['ИНН']);
});

test('column letters run like a spreadsheet', () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
    'A',
    'B',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});

test('numbers become plain decimal text without exponents or binary noise', () => {
  expect(csvNumberText(1234.56)).toBe('1234.56');
  expect(csvNumberText(7701234567)).toBe('7701234567');
  expect(csvNumberText(1e21)).toBe('1000000000000000000000');
  expect(csvNumberText(1.5e-7)).toBe('0.00000015');
  expect(csvNumberText(-2.5e22)).toBe('-25000000000000000000000');
});

test('the server reads dates as text, as ISO, and as Excel serial day numbers', () => {
  expect(parseDate('01.03.2025')).toEqual({ ok: true, value: '2025-03-01' });
  expect(parseDate('2025-03-01')).toEqual({ ok: true, value: '2025-03-01' });
  expect(parseDate('45658')).toEqual({ ok: true, value: '2025-01-01' });
  expect(parseDate('45716')).toEqual({ ok: true, value: '2025-02-28' });
  expect(parseDate('45658.75')).toEqual({ ok: true, value: '2025-01-01' });
});

function messageOf(text: string): string {
  const result = parseDate(text);
  return result.ok ? '' : result.message;
}

test('the server still refuses impossible dates, stray numbers and nonsense with a clear message', () => {
  expect(parseDate('31.02.2025')).toEqual({ ok: false, message: 'Даты «31.02.2025» не существует' });
  expect(messageOf('2025')).toContain('не дата');
  expect(messageOf('99999')).toContain('не дата');
  expect(messageOf('завтра')).toContain('ДД.ММ.ГГГГ');
});
