import type { Locator, Page } from '@playwright/test';
import { ACCOUNTS, expect, signIn } from './fixtures';

/** The grant contest's expert stage of the demo data (official method: the mean of submitted sheets). */
export const STAGE = 'st-grant-expert';
export const STAGE_HREF = `/coordinator/stages/${STAGE}`;
export const API = '/api/v1';

export interface ScreenRow {
  rank: string;
  id: string;
  sheets: string;
  score: string;
}

/** A number as the Russian UI and the CSV write it: "1 234,5" → 1234.5. */
export function ruNumber(text: string): number {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const value = Number(cleaned);
  if (cleaned === '' || Number.isNaN(value)) throw new Error(`not a number: «${text}»`);
  return value;
}

export function formatRu(value: number): string {
  return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(value);
}

export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await signIn(page, email);
}

export async function signInAsCoordinator(page: Page): Promise<void> {
  await signInAs(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole('heading', { name: 'Кабинет координатора' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

export function stageNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Разделы этапа' });
}

/** The ranking table (an ARIA table of windowed rows). */
export function rankingTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Рейтинг заявок номинации' });
}

/** The loaded ranking row of an application (its ID cell links to the sheets). */
export function rankingRow(page: Page, applicationId: string): Locator {
  return rankingTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `Оценки заявки ${applicationId}`, exact: true }) });
}

/** Column positions by header text, so the reading survives a column being added or moved. */
async function columnIndexes(page: Page): Promise<Record<'rank' | 'id' | 'sheets' | 'score', number>> {
  // Sortable heads end with an arrow (↑ ↓ ↕) that is not part of the name.
  const heads = (await rankingTable(page).getByRole('columnheader').allTextContents()).map((t) =>
    t.replace(/[↑↓↕]/g, '').trim(),
  );
  return {
    rank: heads.indexOf('Место'),
    id: heads.indexOf('ID'),
    sheets: heads.indexOf('Оценки'),
    score: heads.indexOf('Балл'),
  };
}

/** Rank, ID, sheets and score of a loaded row, as the screen shows them. */
export async function readRow(page: Page, row: Locator): Promise<ScreenRow> {
  const col = await columnIndexes(page);
  expect(
    Object.values(col).every((i) => i >= 0),
    JSON.stringify(col),
  ).toBe(true);
  const cells = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
  return {
    rank: cells[col.rank] ?? '',
    id: cells[col.id] ?? '',
    sheets: cells[col.sheets] ?? '',
    score: cells[col.score] ?? '',
  };
}

/** The first `count` rows of the table in screen order, once they have loaded. */
export async function firstRows(page: Page, count: number): Promise<ScreenRow[]> {
  const rows: ScreenRow[] = [];
  for (let i = 0; i < count; i++) {
    // Header is aria-rowindex 1; data rows start at 2. A loading row has no links.
    const row = rankingTable(page).locator(`[role=row][aria-rowindex="${i + 2}"]`);
    await expect(row.getByRole('link')).toHaveCount(1);
    rows.push(await readRow(page, row));
  }
  return rows;
}
