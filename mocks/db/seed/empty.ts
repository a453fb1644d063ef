import type { SeedResult } from '../tables';
import { namedExpertRows, namedUserRows } from './users';

/** Only the four named accounts: for starting a contest from scratch. */
export function buildEmpty(now: Date): SeedResult {
  return {
    preset: 'empty',
    seededAt: now.toISOString(),
    tables: {
      users: namedUserRows(),
      sessions: [],
      contests: [],
      stages: [],
      categories: [],
      nominations: [],
      criteriaSets: [],
      criteriaVersions: [],
      experts: namedExpertRows({
        expertise: { expert: [], chair: [] },
        affiliations: { expert: [], chair: [] },
      }),
      applications: [],
      assignments: [],
      sheets: [],
      sheetHistory: [],
      auditEvents: [],
      idempotency: [],
      reminders: [],
    },
  };
}
