/**
 * Builds the season preset and prints how long it took and how much heap it holds.
 * Run: npx tsx tests/tools/time-season.ts
 */
import { buildPreset } from '@mocks/db/seed/build-preset';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const season = buildPreset('season', new Date());
const elapsed = performance.now() - started;
const memory = process.memoryUsage();
const { applications, experts, sheets, assignments } = season.tables;

console.info(`season preset built in ${(elapsed / 1000).toFixed(2)} s`);
console.info(
  `heap used: ${mb(memory.heapUsed)} (${mb(memory.heapUsed - heapBefore)} for the preset), rss ${mb(memory.rss)}`,
);
console.info(
  `${applications.length} applications, ${experts.length} experts, ${assignments.length} assignments, ${sheets.length} sheets`,
);
