import i18next from 'i18next';
import { afterEach, expect, test } from 'vitest';
import { changeLocale } from '@/i18n/i18n';

afterEach(async () => {
  await changeLocale('ru', { persist: false });
});

test('counts are written with the locale’s digit grouping and plural form', async () => {
  expect(i18next.t('counts.applications', { count: 40000 })).toBe('40\u00a0000 заявок');
  expect(i18next.t('counts.applications', { count: 3 })).toBe('3 заявки');
  expect(i18next.t('counts.applications', { count: 1021 })).toBe('1\u00a0021 заявка');
  await changeLocale('en', { persist: false });
  expect(i18next.t('counts.applications', { count: 40000 })).toBe('40,000 applications');
});
