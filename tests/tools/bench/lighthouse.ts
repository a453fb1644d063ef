import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PORTS, log, median, round1 } from './support';

export interface LighthousePage {
  key: string;
  url: string;
  /** The session cookie for a signed-in page; null for the login page. */
  cookie: string | null;
}

export interface LighthouseResult {
  performance: number;
  /** Every run's score, and the metrics of the median run, to explain a low score. */
  runs: number[];
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** What Lighthouse says would help most, from the median run: audit title and estimated savings. */
  opportunities: string[];
}

interface AuditLike {
  title?: string;
  score?: number | null;
  numericValue?: number;
  displayValue?: string;
  metricSavings?: Record<string, number | undefined>;
}

/** Failing audits with metric savings, largest first: the explanation of a score below target. */
function topOpportunities(audits: Record<string, AuditLike | undefined>): string[] {
  return Object.values(audits)
    .filter((a): a is AuditLike => a !== undefined && a.score !== null && (a.score ?? 1) < 0.9)
    .map((a) => ({
      a,
      savings:
        (a.metricSavings?.['LCP'] ?? 0) + (a.metricSavings?.['FCP'] ?? 0) + (a.metricSavings?.['TBT'] ?? 0),
    }))
    .filter(({ savings }) => savings > 0)
    .sort((x, y) => y.savings - x.savings)
    .slice(0, 4)
    .map(
      ({ a, savings }) =>
        `${a.title ?? '?'}${a.displayValue ? ` (${a.displayValue})` : ''} ~${Math.round(savings)} ms`,
    );
}

function numeric(audits: Record<string, AuditLike | undefined>, id: string): number {
  return round1(audits[id]?.numericValue ?? NaN);
}

/**
 * Lighthouse's default (mobile) preset — Moto G Power emulation, simulated slow 4G and 4× CPU —
 * performance category only, `runs` times per page; the reported score is the median run's.
 * One Chromium serves every run; Lighthouse resets storage between them, and the session rides
 * in a Cookie header because that reset would also clear a cookie set in the browser.
 */
export async function benchLighthouse(
  pages: readonly LighthousePage[],
  runs: number,
): Promise<Record<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    port: PORTS.lighthouseChrome,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
  });
  const results: Record<string, LighthouseResult> = {};
  try {
    for (const page of pages) {
      const scored: { score: number; audits: Record<string, AuditLike | undefined> }[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          ...(page.cookie === null ? {} : { extraHeaders: { Cookie: page.cookie } }),
        });
        const lhr = result?.lhr;
        if (lhr === undefined) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        if (lhr.runtimeError !== undefined) throw new Error(`${page.key}: ${lhr.runtimeError.message}`);
        if (lhr.finalDisplayedUrl !== page.url && !lhr.finalDisplayedUrl.startsWith(page.url))
          log(`  note: ${page.key} ended at ${lhr.finalDisplayedUrl}`);
        const score = Math.round((lhr.categories['performance']?.score ?? 0) * 100);
        scored.push({ score, audits: lhr.audits });
        log(`  lighthouse ${page.key} run ${i + 1}/${runs}: ${score}`);
      }
      const scores = scored.map((s) => s.score);
      const mid = median(scores);
      const pick = scored.find((s) => s.score === mid) ?? scored[0];
      const audits = pick?.audits ?? {};
      results[page.key] = {
        performance: mid,
        runs: scores,
        fcpMs: numeric(audits, 'first-contentful-paint'),
        lcpMs: numeric(audits, 'largest-contentful-paint'),
        tbtMs: numeric(audits, 'total-blocking-time'),
        cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
        speedIndexMs: numeric(audits, 'speed-index'),
        opportunities: topOpportunities(audits),
      };
    }
  } finally {
    chrome.kill();
  }
  return results;
}
