import type { PresetName, SeedResult } from '../tables';
import { buildDemo } from './demo';
import { buildEmpty } from './empty';
import { buildSeason } from './season';

/**
 * Builds a preset's tables against `now`. Deterministic: the same name and instant give
 * byte-identical output, so tests, screenshots and two browser tabs agree on the data.
 */
export function buildPreset(name: PresetName, now: Date): SeedResult {
  switch (name) {
    case 'demo':
      return buildDemo(now);
    case 'season':
      return buildSeason(now);
    case 'empty':
      return buildEmpty(now);
  }
}
