import type { KeypressResult } from './keypress';
import type { LighthouseResult } from './lighthouse';
import type { MockEndpointResult } from './mock-endpoint';
import type { Ranking40kResult } from './ranking-40k';

export interface BenchReport {
  generatedAt: string;
  quick: boolean;
  runtimeS: number;
  machine: { cpus: number; loadAverage: number[] };
  bundle: {
    entryGzipKiB: number;
    largestRouteGzipKiB: number;
    largestRouteChunk: string | null;
    totalGzipKiB: number;
  };
  lighthouse: Record<string, LighthouseResult>;
  ranking40k: Ranking40kResult;
  evaluation: KeypressResult;
  domain: { aggregate40kMs: number; runsMs: number[]; withRowCopiesMs: number };
  mock: MockEndpointResult;
}

interface Line {
  key: string;
  value: number;
  unit: string;
  /** The issue's target; null where none is set (reported for information). */
  target: { op: '≤' | '≥'; value: number } | null;
  note?: string;
}

function lines(r: BenchReport): Line[] {
  const max = (value: number) => ({ op: '≤' as const, value });
  const lighthouse = Object.entries(r.lighthouse).map(([page, l]): Line => ({
    key: `lighthouse.${page}.performance`,
    value: l.performance,
    unit: '',
    target: { op: '≥', value: 95 },
    note: `runs ${l.runs.join('/')}; LCP ${Math.round(l.lcpMs)} ms, TBT ${Math.round(l.tbtMs)} ms, CLS ${l.cls}`,
  }));
  return [
    { key: 'bundle.entryGzipKiB', value: r.bundle.entryGzipKiB, unit: 'KiB', target: max(160) },
    {
      key: 'bundle.largestRouteGzipKiB',
      value: r.bundle.largestRouteGzipKiB,
      unit: 'KiB',
      target: max(250),
      note: r.bundle.largestRouteChunk ?? '',
    },
    { key: 'bundle.totalGzipKiB', value: r.bundle.totalGzipKiB, unit: 'KiB', target: null },
    ...lighthouse,
    {
      key: 'ranking40k.firstRowsMs',
      value: r.ranking40k.firstRowsMs,
      unit: 'ms',
      target: max(300),
      note: `${r.ranking40k.rows} rows; server answered in ${r.ranking40k.detail.serverResponseMs} ms`,
    },
    {
      key: 'ranking40k.sortMs',
      value: r.ranking40k.sortMs,
      unit: 'ms',
      target: max(150),
      note: `runs ${r.ranking40k.detail.sortRunsMs.join('/')}`,
    },
    {
      key: 'ranking40k.filterMs',
      value: r.ranking40k.filterMs,
      unit: 'ms',
      target: max(150),
      note: `runs ${r.ranking40k.detail.filterRunsMs.join('/')}`,
    },
    {
      key: 'ranking40k.scrollP95FrameMs',
      value: r.ranking40k.scrollP95FrameMs,
      unit: 'ms',
      target: max(20),
      note: `${r.ranking40k.detail.scrollFrames} frames, mean ${r.ranking40k.detail.scrollMeanFrameMs}, max ${r.ranking40k.detail.scrollMaxFrameMs}`,
    },
    {
      key: 'evaluation.keypressP95Ms',
      value: r.evaluation.keypressP95Ms,
      unit: 'ms',
      target: max(50),
      note: `${r.evaluation.detail.interactions} keys, ${r.evaluation.detail.overThreshold} over 16 ms, max ${r.evaluation.detail.maxMs}`,
    },
    {
      key: 'domain.aggregate40kMs',
      value: r.domain.aggregate40kMs,
      unit: 'ms',
      target: max(50),
      note: `runs ${r.domain.runsMs.join('/')}; with rankApplications' row copies ${r.domain.withRowCopiesMs} ms`,
    },
    {
      key: 'mock.rankingEndpointMs',
      value: r.mock.rankingEndpointMs,
      unit: 'ms',
      target: null,
      note: `cold ${r.mock.detail.coldMs} ms; ${Object.entries(r.mock.detail.byQueryMs)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    },
  ];
}

function verdict(line: Line): string {
  if (line.target === null) return '';
  const ok = line.target.op === '≤' ? line.value <= line.target.value : line.value >= line.target.value;
  return ok ? 'met' : 'MISSED';
}

/** The human table: key, value, target, met/missed, and what explains the number. */
export function printTable(r: BenchReport): void {
  const rows = lines(r).map((l) => [
    l.key,
    `${l.value}${l.unit === '' ? '' : ` ${l.unit}`}`,
    l.target === null ? '—' : `${l.target.op} ${l.target.value}`,
    verdict(l),
    l.note ?? '',
  ]);
  const header = ['metric', 'value', 'target', '', 'detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const format = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.info('');
  console.info(format(header));
  console.info(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.info(format(row));
  const missed = lines(r).filter((l) => verdict(l) === 'MISSED').length;
  console.info('');
  for (const [page, l] of Object.entries(r.lighthouse)) {
    if (l.opportunities.length > 0) console.info(`lighthouse ${page}: ${l.opportunities.join('; ')}`);
  }
  console.info('');
  console.info(
    `${missed === 0 ? 'every target met' : `${missed} target(s) missed`} · ${r.runtimeS} s · ` +
      `${r.machine.cpus} CPUs, load ${r.machine.loadAverage.map((x) => x.toFixed(1)).join(' ')}` +
      (r.quick ? ' · quick (1 Lighthouse run per page)' : ''),
  );
}
