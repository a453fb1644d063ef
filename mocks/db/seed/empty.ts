import { emptyTables, type SeedResult } from '../tables';
import { namedExpertRows, namedUserRows } from './users';

/** Only the four named accounts: for starting a contest from scratch. */
export function buildEmpty(now: Date): SeedResult {
  return {
    preset: 'empty',
    seededAt: now.toISOString(),
    tables: {
      ...emptyTables(),
      users: namedUserRows(),
      experts: namedExpertRows({
        expertise: { expert: [], chair: [] },
        affiliations: { expert: [], chair: [] },
      }),
    },
  };
}
