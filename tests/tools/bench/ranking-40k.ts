import type { Browser, Page } from '@playwright/test';
import { guardPage, signedInContext, throttleCpu } from './browser';
import { ACCOUNTS, SEASON, log, median, percentile, round1 } from './support';

export interface Ranking40kResult {
  firstRowsMs: number;
  sortMs: number;
  filterMs: number;
  scrollP95FrameMs: number;
  rows: number;
  detail: {
    serverResponseMs: number;
    sortRunsMs: number[];
    filterRunsMs: number[];
    scrollFrames: number;
    scrollMeanFrameMs: number;
    scrollMaxFrameMs: number;
  };
}

declare global {
  interface Window {
    __bench?: { firstRowsAt: number | null };
  }
}

/**
 * Runs in the page before the app: notes when the first real ranking rows are in the DOM, then
 * waits for the frame that paints them (rAF, then a task after it) — "rows painted".
 */
function watchFirstRows(): void {
  window.__bench = { firstRowsAt: null };
  const observer = new MutationObserver(() => {
    if (document.querySelector('.ranking-row:not(.ranking-row--loading)') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (window.__bench) window.__bench.firstRowsAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * In the page: performs `act`, then resolves with the time until `done()` holds and the next frame
 * has painted. Polls on animation frames, which is also when the result would become visible.
 */
const TIMED_ACTION = `(async ({ act, done, timeoutMs }) => {
  const actFn = new Function(act);
  const doneFn = new Function('return (' + done + ')');
  const started = performance.now();
  actFn();
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    if (doneFn()) break;
    if (performance.now() - started > timeoutMs) throw new Error('timed out waiting for: ' + done);
  }
  await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(null); });
  return performance.now() - started;
})`;

async function timed(page: Page, act: string, done: string): Promise<number> {
  const fn = `${TIMED_ACTION}(${JSON.stringify({ act, done, timeoutMs: 30_000 })})`;
  return round1(await page.evaluate<number>(fn));
}

/** The table is settled: no pending navigation, real rows in view, no loading placeholder on screen. */
const SETTLED = `!document.querySelector('.ranking-results[aria-busy]') &&
  document.querySelector('.ranking-row:not(.ranking-row--loading)') !== null &&
  document.querySelector('.ranking-row--loading') === null`;

const countText = `document.querySelector('.ranking-toolbar__count')?.textContent ?? ''`;

async function sortBy(page: Page, label: string): Promise<number> {
  const act = `[...document.querySelectorAll('[role=columnheader] button.sort-header')].find((b) => b.textContent.startsWith(${JSON.stringify(label)})).click()`;
  const done = `${SETTLED} && [...document.querySelectorAll('[role=columnheader][aria-sort]')].some((th) => th.textContent.startsWith(${JSON.stringify(label)}))`;
  return timed(page, act, done);
}

async function search(page: Page, query: string): Promise<number> {
  await page.locator('#ranking-search').fill(query);
  const before = await page.evaluate(countText);
  const act = `document.querySelector('form[role=search]').requestSubmit()`;
  const done = `new URLSearchParams(location.search).get('q') === ${JSON.stringify(query)} &&
    (${countText}) !== ${JSON.stringify(before)} &&
    (${SETTLED} || document.querySelector('.empty-state') !== null)`;
  return timed(page, act, done);
}

/** Scrolls the table 100 px per frame for `frames` frames (crossing into the second page of 500 rows). */
async function scrollFrames(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const scroller = document.querySelector('.ranking-scroll');
    if (!(scroller instanceof HTMLElement)) throw new Error('no .ranking-scroll');
    const deltas: number[] = [];
    let last = await new Promise<number>((r) => requestAnimationFrame(r));
    for (let i = 0; i < count; i++) {
      scroller.scrollTop += 100;
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  }, frames);
}

/**
 * `ranking40k.*` on the stress nomination (40,000 rows) as the coordinator, 4× CPU throttling:
 * first rows (from the first page's response end to the frame painting rows), sort (click on a
 * column header until the re-sorted rows are painted, median of three columns), filter (search
 * submit until the filtered rows are painted, median of three queries) and the p95 of frame
 * intervals while scrolling 240 frames at 100 px each.
 */
export async function benchRanking40k(browser: Browser): Promise<Ranking40kResult> {
  const context = await signedInContext(browser, ACCOUNTS.coordinator);
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    guardPage(page, problems);
    await page.addInitScript(watchFirstRows);
    await throttleCpu(page, 4);
    const url = `/coordinator/stages/${SEASON.stressStageId}/rankings/${SEASON.stressNominationId}`;
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.firstRowsAt != null, null, { timeout: 60_000 });
    const first = await page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('/ranking?') && e.name.includes('page=1'));
      if (!(entry instanceof PerformanceResourceTiming)) throw new Error('no ranking response');
      return {
        firstRowsMs: (window.__bench?.firstRowsAt ?? NaN) - entry.responseEnd,
        serverMs: entry.responseStart - entry.requestStart,
        rows: document.querySelector('.ranking-toolbar__count')?.textContent ?? '',
      };
    });
    log(`  first rows ${round1(first.firstRowsMs)} ms after the response (${first.rows})`);
    await page.waitForFunction(SETTLED);

    // Scroll first, on the ranking as opened, then sorts and filters.
    const deltas = await scrollFrames(page, 240);
    await page.evaluate(() => document.querySelector('.ranking-scroll')?.scrollTo({ top: 0 }));
    await page.waitForFunction(SETTLED);

    const sortRunsMs: number[] = [];
    for (const label of ['Разброс', 'ID', 'Место']) {
      sortRunsMs.push(await sortBy(page, label));
      log(`  sort by ${label}: ${sortRunsMs.at(-1)} ms`);
    }
    const filterRunsMs: number[] = [];
    for (const query of ['семь', 'фонд', 'молод']) {
      filterRunsMs.push(await search(page, query));
      log(`  search «${query}»: ${filterRunsMs.at(-1)} ms`);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const rowsMatch = /[\d\s\u00a0]+/.exec(first.rows)?.[0] ?? '';
    return {
      firstRowsMs: round1(first.firstRowsMs),
      sortMs: round1(median(sortRunsMs)),
      filterMs: round1(median(filterRunsMs)),
      scrollP95FrameMs: round1(percentile(deltas, 95)),
      rows: Number(rowsMatch.replace(/\D/g, '')),
      detail: {
        serverResponseMs: round1(first.serverMs),
        sortRunsMs,
        filterRunsMs,
        scrollFrames: deltas.length,
        scrollMeanFrameMs: round1(deltas.reduce((a, b) => a + b, 0) / deltas.length),
        scrollMaxFrameMs: round1(Math.max(...deltas)),
      },
    };
  } finally {
    await context.close();
  }
}
