/**
 * `npm run bench` — builds the app, serves the production build with the mock backend (season
 * preset) on loopback, measures bundle size, Lighthouse, the 40,000-row ranking, keypress latency
 * on a twenty-criterion form, the domain aggregation and the mock's ranking endpoint, prints a
 * table and writes bench-report.json. `--quick`: one Lighthouse run per page instead of three.
 * `--skip-build`: reuse the last build (development only). Method: tests/tools/bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { launchBrowser } from './browser';
import { benchDomain } from './domain';
import { benchKeypress } from './keypress';
import { benchLighthouse, type LighthousePage, type LighthouseResult } from './lighthouse';
import { benchMockEndpoint } from './mock-endpoint';
import { benchRanking40k } from './ranking-40k';
import { printTable, type BenchReport } from './report';
import {
  ACCOUNTS,
  BASE_URL,
  Cleanup,
  HOST,
  PORTS,
  SEASON,
  apiGet,
  log,
  round1,
  run,
  signInByApi,
  startChild,
  waitForHttp,
} from './support';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'node_modules/.bin');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench-report.json') },
  },
});
const distDir = process.env.BENCH_DIST ?? join(tmpdir(), 'expert-cabinet-bench', 'dist');
const lighthouseRuns = args.quick ? 1 : 3;
const cleanup = new Cleanup();

async function build(): Promise<void> {
  if (args['skip-build']) {
    log(`reusing the build in ${distDir}`);
    return;
  }
  mkdirSync(distDir, { recursive: true });
  log(`building into ${distDir}`);
  await run(join(BIN, 'vite'), ['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn']);
}

async function bundleSizes(): Promise<BenchReport['bundle']> {
  // check-bundle exits 1 on a broken budget but prints the numbers first: the report wants them either way.
  const output = await run(join(BIN, 'tsx'), [join(ROOT, 'tests/tools/check-bundle.ts'), '--json'], {
    DIST_DIR: distDir,
  }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  const line = output.split('\n').find((l) => l.startsWith('{"entryGzipKiB"'));
  if (line === undefined) throw new Error(`no sizes from check-bundle:\n${output}`);
  return JSON.parse(line) as BenchReport['bundle'];
}

async function resetPreset(preset: 'demo' | 'season'): Promise<void> {
  const response = await fetch(`${BASE_URL}/api/v1/__mock/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ preset }),
  });
  if (!response.ok) throw new Error(`reset to ${preset}: ${response.status}`);
}

async function main(): Promise<BenchReport> {
  const started = performance.now();
  await build();
  const bundle = await bundleSizes();
  log(`bundle: entry ${bundle.entryGzipKiB} KiB, largest route ${bundle.largestRouteGzipKiB} KiB`);

  // Node-only measurement first, while no server or browser competes for the CPU.
  const domain = benchDomain();
  log(`domain: aggregate and rank 40,000 × 3 × 10 in ${domain.aggregate40kMs} ms`);

  log(`starting the mock server (season preset) on ${BASE_URL}`);
  const server = startChild(join(BIN, 'tsx'), [
    join(ROOT, 'mocks/server.ts'),
    '--host',
    HOST,
    '--port',
    String(PORTS.server),
    '--preset',
    'season',
    '--static',
    distDir,
  ]);
  cleanup.add('mock server', server.stop);
  await waitForHttp(`${BASE_URL}/api/v1/__mock/state`, 120_000);

  const coordinator = await signInByApi(ACCOUNTS.coordinator);
  const expert = await signInByApi(ACCOUNTS.expert);
  const mock = await benchMockEndpoint(coordinator);
  log(
    `mock: ranking page of the 40,000-row nomination in ${mock.rankingEndpointMs} ms (cold ${mock.detail.coldMs} ms)`,
  );

  const queue = await apiGet<{ items: { assignment: { id: string } }[] }>(
    expert,
    `/me/assignments?nominationId=${SEASON.wideNominationId}&pageSize=10`,
  );
  const wideAssignment = queue.items[0]?.assignment.id;
  if (wideAssignment === undefined) throw new Error('the season preset has no twenty-criterion assignment');

  const seasonPages: LighthousePage[] = [
    { key: 'login', url: `${BASE_URL}/login`, cookie: null },
    { key: 'expertQueue', url: `${BASE_URL}/expert/queue?stageId=${SEASON.stageId}`, cookie: expert.cookie },
    { key: 'evaluation', url: `${BASE_URL}/expert/assignments/${wideAssignment}`, cookie: expert.cookie },
    {
      key: 'ranking',
      url: `${BASE_URL}/coordinator/stages/${SEASON.stageId}/rankings/${SEASON.nominationId}`,
      cookie: coordinator.cookie,
    },
  ];
  log(`lighthouse: ${seasonPages.length} pages × ${lighthouseRuns}`);
  const lighthouse: Record<string, LighthouseResult> = await benchLighthouse(seasonPages, lighthouseRuns);

  let browser: Browser | null = await launchBrowser();
  cleanup.add('chromium', () => browser?.close());
  log('ranking at 40,000 rows, 4× CPU throttling');
  const ranking40k = await benchRanking40k(browser);
  log('keypress on a twenty-criterion form, 4× CPU throttling');
  const evaluation = await benchKeypress(browser, wideAssignment);
  await browser.close();
  browser = null;

  // The organizer console's contest lives in the demo preset.
  await resetPreset('demo');
  const organizer = await signInByApi(ACCOUNTS.organizer);
  Object.assign(
    lighthouse,
    await benchLighthouse(
      [
        {
          key: 'organizer',
          url: `${BASE_URL}/organizer/contests/c-grant/applications`,
          cookie: organizer.cookie,
        },
      ],
      lighthouseRuns,
    ),
  );

  return {
    generatedAt: new Date().toISOString(),
    quick: args.quick,
    runtimeS: round1((performance.now() - started) / 1000),
    machine: {
      cpus: (await import('node:os')).cpus().length,
      loadAverage: (await import('node:os')).loadavg(),
    },
    bundle,
    lighthouse,
    ranking40k,
    evaluation,
    domain,
    mock,
  };
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping`);
    void cleanup.runAll().then(() => process.exit(130));
  });
}

try {
  const report = await main();
  await cleanup.runAll();
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  printTable(report);
  log(`wrote ${args.out}`);
} catch (error) {
  await cleanup.runAll();
  console.error(error);
  process.exit(1);
}
