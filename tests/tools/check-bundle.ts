import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bundle budgets of the production build (run after `npm run build`):
 * the entry (its script plus every chunk index.html preloads) ≤ 160 KiB gzip, no chunk > 250 KiB gzip.
 * Prints a table; exits 1 when a budget is broken. `--json` prints the numbers for the benchmark report.
 */
const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, '../../dist');
const ENTRY_BUDGET_KIB = 160;
const CHUNK_BUDGET_KIB = 250;

const gzipKiB = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entryFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
const chunks = readdirSync(join(DIST, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ file: `assets/${name}`, kib: gzipKiB(`assets/${name}`) }))
  .sort((a, b) => b.kib - a.kib);

const entryKiB = entryFiles.reduce((sum, file) => sum + gzipKiB(file), 0);
const largestRoute = chunks.find((chunk) => !entryFiles.includes(chunk.file));
const totalKiB = chunks.reduce((sum, chunk) => sum + chunk.kib, 0);
const report = {
  entryGzipKiB: Number(entryKiB.toFixed(1)),
  largestRouteGzipKiB: Number((largestRoute?.kib ?? 0).toFixed(1)),
  largestRouteChunk: largestRoute?.file ?? null,
  totalGzipKiB: Number(totalKiB.toFixed(1)),
};

if (process.argv.includes('--json')) {
  console.info(JSON.stringify(report));
} else {
  console.info(
    `entry (${entryFiles.length} files): ${report.entryGzipKiB} KiB gzip (budget ${ENTRY_BUDGET_KIB})`,
  );
  console.info(
    `largest lazy chunk: ${report.largestRouteGzipKiB} KiB gzip, ${report.largestRouteChunk} (budget ${CHUNK_BUDGET_KIB})`,
  );
  console.info(`all JavaScript: ${report.totalGzipKiB} KiB gzip in ${chunks.length} chunks`);
}

const broken = [
  entryKiB > ENTRY_BUDGET_KIB ? `entry ${report.entryGzipKiB} KiB > ${ENTRY_BUDGET_KIB} KiB` : null,
  ...chunks
    .filter((chunk) => chunk.kib > CHUNK_BUDGET_KIB)
    .map((chunk) => `${chunk.file} ${chunk.kib.toFixed(1)} KiB > ${CHUNK_BUDGET_KIB} KiB`),
].filter((line): line is string => line !== null);
if (broken.length > 0) {
  console.error(`bundle budget broken:\n${broken.join('\n')}`);
  process.exit(1);
}
