import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { readFirstSheet } from '../xlsx';
import {
  API,
  STAGE,
  STAGE_HREF,
  firstRows,
  formatRu,
  rankingRow,
  rankingTable,
  readRow,
  ruNumber,
  signInAs,
  signInAsCoordinator,
  signOut,
  stageNav,
} from './coordinator-helpers';
import { GRANT_TOTAL, fillGrantSheet, openFromQueue } from './expert-helpers';
import { axeViolations, expect, test } from './fixtures';

/** The nomination the export and protocol tests read (the demo data's health nomination). */
const HEALTH = 'nom-grant-health';
const HEALTH_TITLE = 'Охрана здоровья и здоровый образ жизни';

interface AssignmentDto {
  id: string;
  expertId: string;
  status: string;
}

/** The side-by-side page's submitted totals, read from the «Итого» row in column order. */
async function submittedTotals(page: Page): Promise<number[]> {
  const table = page.getByRole('table', { name: 'Оценки экспертов по критериям' });
  await expect(table).toBeVisible();
  const heads = table.locator('thead th.compare__sheet');
  const statuses = await heads.evaluateAll((ths) =>
    ths.map((th) => (th.classList.contains('compare__sheet--pending') ? 'pending' : th.textContent)),
  );
  const totals = await table.locator('tfoot td.compare__total').allTextContents();
  // Sheet columns come first (in the same order as their totals); pending experts have no total.
  return totals.flatMap((text, i) =>
    (statuses[i] ?? '').includes('Отправлена') ? [ruNumber(text.replace(/из.*$/, ''))] : [],
  );
}

async function saved(download: Download, name: string): Promise<Buffer> {
  const file = path.join(test.info().outputDir, name);
  await download.saveAs(file);
  return readFile(file);
}

test('a divergent application gets one more expert, whose sheet moves it in the ranking', async ({
  guardedPage: page,
}) => {
  test.setTimeout(120_000);
  await signInAsCoordinator(page);
  await page.locator(`a[href="${STAGE_HREF}/divergences"]`).first().click();
  await expect(page.getByRole('heading', { name: 'Расхождения оценок' })).toBeVisible();
  await expect(stageNav(page).getByRole('link', { name: 'Расхождения' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const divergences = page.getByRole('table', { name: 'Заявки с расхождением оценок' });
  await expect(page.getByRole('status').filter({ hasText: /с расхождением/ })).toContainText(/\d+/);

  // The widest-spread application that has only two sheets: it needs a third opinion.
  const flagged = divergences
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '2', exact: true }) })
    .first();
  await expect(flagged).toBeVisible();
  const applicationId = (await flagged.getByRole('cell').first().textContent())?.trim() ?? '';
  expect(applicationId).toMatch(/^\d+$/);
  const nominationTitle = (await flagged.locator('.divergence__nomination').textContent())?.trim() ?? '';
  await expect(flagged).toContainText('превышает порог');
  await flagged.getByRole('link').click();

  // Side by side: every sheet is a column, with its expert, status, scores and total.
  await expect(
    page.getByRole('heading', { name: `Заявка ${applicationId}: оценки экспертов` }),
  ).toBeVisible();
  const sideBySide = page.url();
  const applicationTitle = (await page.locator('.sheets-head__application').textContent())?.trim() ?? '';
  expect(applicationTitle).not.toBe('');
  const compare = page.getByRole('table', { name: 'Оценки экспертов по критериям' });
  await expect(compare.getByRole('columnheader').filter({ hasText: 'Отправлена' })).toHaveCount(2);
  // Ten criteria rows, each with a score per sheet.
  await expect(compare.locator('tbody tr')).toHaveCount(10);
  const before = await submittedTotals(page);
  expect(before).toHaveLength(2);
  await expect(page.getByText(/^Разброс итоговых баллов|выше порога/).first()).toBeVisible();

  // The ranking before: this application's row, read from the nomination's table.
  const assignmentsUrl = `${API}/stages/${STAGE}/assignments?applicationId=${applicationId}`;
  const assignmentsBefore = (await (await page.request.get(assignmentsUrl)).json()) as {
    items: AssignmentDto[];
  };
  const nominationId = (
    (await (await page.request.get(`${API}/applications/${applicationId}`)).json()) as {
      nominationId: string;
    }
  ).nominationId;
  expect(nominationId).toMatch(/^nom-/);

  await stageNav(page).getByRole('link', { name: 'Рейтинги' }).click();
  await page.getByLabel('Номинация').selectOption({ label: nominationTitle });
  await expect(page).toHaveURL(new RegExp(`/rankings/${nominationId}`));
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(applicationId);
  await page.getByRole('searchbox', { name: 'Поиск' }).press('Enter');
  await expect(rankingRow(page, applicationId)).toBeVisible();
  const rowBefore = await readRow(page, rankingRow(page, applicationId));
  expect(ruNumber(rowBefore.score)).toBeCloseTo(before.reduce((a, b) => a + b, 0) / before.length, 2);
  expect(rowBefore.sheets).toMatch(/^2 из \d+$/);

  // One more expert, picked automatically.
  await page.goto(sideBySide);
  await page.getByRole('button', { name: 'Назначить ещё одного эксперта' }).click();
  const dialog = page.getByRole('dialog', { name: `Ещё один эксперт для заявки ${applicationId}` });
  await expect(dialog.getByRole('radio', { name: /Подобрать автоматически/ })).toBeChecked();
  // Ineligible experts stay listed with the reason; at least one is eligible.
  await expect(dialog.getByRole('radio', { disabled: false }).nth(1)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Назначить', exact: true }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByText(
    /^Назначен ещё один эксперт: .+\. Его оценка появится здесь после отправки\.$/,
  );
  await expect(notice).toBeVisible();
  const expertName = /: (.+)\. Его/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
  // The new expert waits in their own column.
  await expect(
    compare.getByRole('columnheader').filter({ hasText: expertName }).filter({ hasText: 'ожидает оценки' }),
  ).toBeVisible();

  // Who got it, and their sign-in, from the coordinator's own session.
  const assignmentsAfter = (await (await page.request.get(assignmentsUrl)).json()) as {
    items: AssignmentDto[];
  };
  const known = new Set(assignmentsBefore.items.map((a) => a.id));
  const added = assignmentsAfter.items.filter((a) => !known.has(a.id));
  expect(added).toHaveLength(1);
  const expert = (await (await page.request.get(`${API}/experts/${added[0]?.expertId ?? ''}`)).json()) as {
    fullName: string;
    email: string;
  };
  expect(expert.fullName).toBe(expertName);
  expect(expert.email).toMatch(/^expert\d+@demo\.ru$/);

  // The expert finds it in their queue, scores every criterion and submits.
  await signOut(page);
  await signInAs(page, expert.email);
  await expect(page).toHaveURL(/\/expert$/);
  await openFromQueue(page, applicationTitle);
  await fillGrantSheet(page);
  const total = page.getByRole('region', { name: 'Итоговый балл' });
  await expect(total).toContainText(GRANT_TOTAL);
  await page.getByRole('button', { name: 'Отправить оценку' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отправить оценку?' });
  await confirm.getByRole('button', { name: 'Отправить', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Оценка отправлена' })).toBeVisible();

  // Back as the coordinator: three submitted sheets side by side, the new one included.
  await signOut(page);
  await signInAsCoordinator(page);
  await page.goto(sideBySide);
  await expect(compare.getByRole('columnheader').filter({ hasText: 'Отправлена' })).toHaveCount(3);
  await expect(compare.getByRole('columnheader').filter({ hasText: expertName })).toContainText('Отправлена');
  const after = await submittedTotals(page);
  expect(after).toHaveLength(3);
  expect(after).toEqual(expect.arrayContaining([...before, ruNumber(GRANT_TOTAL.replace(/из.*$/, ''))]));
  const mean = after.reduce((a, b) => a + b, 0) / after.length;

  // The ranking: one more sheet, the new mean, and a rank that agrees with everyone else's score.
  await page.goto(`${STAGE_HREF}/rankings/${nominationId}`);
  await expect(rankingTable(page)).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Поиск' });
  await search.fill(applicationId);
  await search.press('Enter');
  const row = rankingRow(page, applicationId);
  await expect(row).toContainText(formatRu(mean));
  const rowAfter = await readRow(page, row);
  expect(Number(rowAfter.sheets.split(' ')[0])).toBe(Number(rowBefore.sheets.split(' ')[0]) + 1);
  expect(rowAfter.score).toBe(formatRu(mean));
  const ranking = (await (
    await page.request.get(`${API}/stages/${STAGE}/nominations/${nominationId}/ranking?pageSize=500`)
  ).json()) as { items: { applicationId: string; score: number | null }[]; total: number };
  expect(ranking.items).toHaveLength(ranking.total);
  const higher = ranking.items.filter(
    (r) => r.applicationId !== applicationId && r.score !== null && r.score > mean,
  ).length;
  expect(Number(rowAfter.rank)).toBe(higher + 1);
  if (mean > ruNumber(rowBefore.score)) expect(Number(rowAfter.rank)).toBeLessThan(Number(rowBefore.rank));
  else expect(Number(rowAfter.rank)).toBeGreaterThanOrEqual(Number(rowBefore.rank));
});

test('ranking exports parse back to the numbers on screen', async ({ guardedPage: page }) => {
  await signInAsCoordinator(page);
  await page.goto(`${STAGE_HREF}/rankings/${HEALTH}`);
  await expect(page.getByRole('heading', { name: `Рейтинг: ${HEALTH_TITLE}` })).toBeVisible();
  const screen = await firstRows(page, 5);
  expect(screen.map((r) => r.rank)).toEqual(['1', '2', '3', '4', '5']);
  expect(await axeViolations(page)).toEqual([]);

  const exports = page.getByRole('region', { name: 'Выгрузка' });
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Скачать рейтинг (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const csvBytes = await saved(csvDownload, 'ranking.csv');
  // UTF-8 with a BOM, ';'-separated, CRLF line ends: what Russian Excel opens as is.
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.subarray(3).toString('utf8');
  expect(csvText).toContain('\r\n');
  const lines = csvText.split('\r\n').filter((l) => l !== '');
  // Simple cells only in the first columns we read (title and organisation are further right).
  const header = (lines[0] ?? '').split(';');
  const csvAt = {
    rank: header.indexOf('Место'),
    id: header.indexOf('ID заявки'),
    score: header.findIndex((h) => h.startsWith('Балл')),
  };
  expect(
    Object.values(csvAt).every((i) => i >= 0),
    header.join(' | '),
  ).toBe(true);

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Скачать рейтинг (XLSX)' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const { rows: sheet } = readFirstSheet(new Uint8Array(await saved(xlsxDownload, 'ranking.xlsx')));
  const xlsxHead = (sheet[0] ?? []).map(String);
  const xlsxAt = {
    rank: xlsxHead.indexOf('Место'),
    id: xlsxHead.indexOf('ID заявки'),
    score: xlsxHead.findIndex((h) => h.startsWith('Балл')),
  };
  expect(
    Object.values(xlsxAt).every((i) => i >= 0),
    xlsxHead.join(' | '),
  ).toBe(true);

  for (const [i, row] of screen.entries()) {
    const cells = splitCsvLine(lines[i + 1] ?? '');
    expect(cells[csvAt.rank], `CSV rank, row ${i + 1}`).toBe(row.rank);
    expect(cells[csvAt.id], `CSV ID, row ${i + 1}`).toBe(row.id);
    expect(
      Math.abs(ruNumber(cells[csvAt.score] ?? '') - ruNumber(row.score)),
      `CSV score, row ${i + 1}`,
    ).toBeLessThan(0.006);
    const x = sheet[i + 1] ?? [];
    expect(Number(x[xlsxAt.rank]), `XLSX rank, row ${i + 1}`).toBe(Number(row.rank));
    expect(String(x[xlsxAt.id]), `XLSX ID, row ${i + 1}`).toBe(row.id);
    // The score is a typed number in the spreadsheet, not text.
    expect(typeof x[xlsxAt.score], `XLSX score type, row ${i + 1}`).toBe('number');
    expect(
      Math.abs((x[xlsxAt.score] as number) - ruNumber(row.score)),
      `XLSX score, row ${i + 1}`,
    ).toBeLessThan(0.006);
  }
});

/** Splits one CSV line on ';' outside double quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

test('the protocol prints to a clean A4 PDF with signature lines', async ({ guardedPage: page }) => {
  await signInAsCoordinator(page);
  await page.goto(`${STAGE_HREF}/rankings/${HEALTH}`);
  await page.getByRole('link', { name: 'Сводная ведомость' }).click();
  await expect(page).toHaveURL(new RegExp(`/rankings/${HEALTH}/protocol`));
  await expect(page.getByRole('heading', { level: 1, name: 'Сводная ведомость' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Печать' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: HEALTH_TITLE })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Среднее (официальный)' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Печать' })).toBeHidden();
  const signatures = page.locator('.protocol__signatures');
  await expect(signatures).toBeVisible();
  await expect(signatures).toContainText('Председатель экспертного совета');
  await expect(signatures).toContainText('Секретарь');
  await expect(signatures.getByText('подпись')).toHaveCount(2);
  await expect(signatures.getByText('ФИО')).toHaveCount(2);
  // The lines are drawn (a bottom border), not just captions.
  const line = signatures.locator('.protocol__line').first();
  expect(await line.evaluate((el) => getComputedStyle(el).borderBottomStyle)).not.toBe('none');

  const file = path.join(test.info().project.outputDir, 'protocol.pdf');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await writeFile(file, pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await stat(file)).size).toBeGreaterThan(10 * 1024);
});

test('coordinator pages pass axe (WCAG 2.2 A/AA)', async ({ guardedPage: page }) => {
  await signInAsCoordinator(page);
  await expect(page.locator(`a[href="${STAGE_HREF}/divergences"]`).first()).toBeVisible();
  expect(await axeViolations(page), 'home').toEqual([]);

  await page.goto(STAGE_HREF);
  await expect(page.getByRole('heading', { name: 'Ход экспертизы' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  expect(await axeViolations(page), 'progress').toEqual([]);

  await stageNav(page).getByRole('link', { name: 'Рейтинги' }).click();
  await expect(rankingTable(page).locator('[role=row][aria-rowindex="2"]').getByRole('link')).toBeVisible();
  expect(await axeViolations(page), 'ranking').toEqual([]);

  await stageNav(page).getByRole('link', { name: 'Расхождения' }).click();
  const divergences = page.getByRole('table', { name: 'Заявки с расхождением оценок' });
  await expect(divergences).toBeVisible();
  expect(await axeViolations(page), 'divergences').toEqual([]);

  await divergences.getByRole('link').first().click();
  await expect(page.getByRole('table', { name: 'Оценки экспертов по критериям' })).toBeVisible();
  await expect(page.locator('.compare__sheet--pending .compare__expert', { hasText: '…' })).toHaveCount(0);
  expect(await axeViolations(page), 'side-by-side').toEqual([]);

  await stageNav(page).getByRole('link', { name: 'Качество оценок' }).click();
  await expect(page.getByRole('heading', { name: 'Качество оценок' })).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /сигнал/ })
      .first(),
  ).toBeVisible();
  expect(await axeViolations(page), 'quality').toEqual([]);

  await page.goto(`${STAGE_HREF}/rankings/${HEALTH}/protocol`);
  await expect(page.getByRole('heading', { level: 1, name: 'Сводная ведомость' })).toBeVisible();
  await expect(page.locator('.protocol__signatures')).toBeVisible();
  expect(await axeViolations(page), 'protocol').toEqual([]);
});
