import type { Application } from '@/api/schemas/applications';
import type { AssignmentRefusalCode } from '@/api/schemas/assignments';
import type { Contest, Stage } from '@/api/schemas/contests';
import type { Assignment } from '@/api/schemas/sheets';
import { findConflicts } from '@/domain/conflicts';
import type { MockDatabase } from '@mocks/db/database';
import type { ExpertRow } from '@mocks/db/tables';
import { derived } from '@mocks/db/rules/derived-cache';
import { capacityLoad } from '@mocks/db/rules/expert-load';
import { stageApplicationIds } from '@mocks/db/rules/stage-scope';
import { ApiProblem } from '@mocks/handlers/support';

export interface Refusal {
  code: AssignmentRefusalCode;
  message: string;
}

export function pairKey(applicationId: string, expertId: string): string {
  return `${applicationId}\u0000${expertId}`;
}

/** Every (application, expert) pair of a stage, recused ones included: a recusal is never re-assigned. */
export function stagePairs(db: MockDatabase, stageId: string): ReadonlyMap<string, Assignment> {
  return derived(db, `stagePairs:${stageId}`, () => {
    const map = new Map<string, Assignment>();
    for (const a of db.assignmentsByStage(stageId)) map.set(pairKey(a.applicationId, a.expertId), a);
    return map;
  });
}

/**
 * One batch of assignment decisions against a stage. `pending` holds pairs accepted earlier in the
 * same batch, so a batch cannot overshoot a cap or repeat a pair the table does not have yet.
 */
export class PairChecker {
  readonly stage: Stage;
  readonly contest: Contest;
  private readonly members: ReadonlySet<string>;
  private readonly pairs: ReadonlyMap<string, Assignment>;
  private readonly pending = new Set<string>();
  private readonly added = new Map<string, number>();

  /**
   * `write` refuses a closed stage outright (409); `read` (the eligibility list) answers instead,
   * with the closure as every expert's reason.
   */
  constructor(
    private readonly db: MockDatabase,
    stage: Stage,
    mode: 'write' | 'read' = 'write',
  ) {
    const contest = db.get('contests', stage.contestId);
    if (contest === undefined)
      throw new ApiProblem(500, 'internal', undefined, { detail: `Stage ${stage.id} has no contest` });
    if (stage.status === 'closed' && mode === 'write') {
      throw new ApiProblem(409, 'conflict', 'Этап закрыт', {
        detail: 'В закрытый этап нельзя назначать экспертов',
      });
    }
    if (stage.kind === 'screening' && mode === 'write') {
      throw new ApiProblem(409, 'conflict', 'Техническая экспертиза', {
        detail: 'Техническую экспертизу проводит организатор: экспертов на этот этап не назначают',
      });
    }
    this.stage = stage;
    this.contest = contest;
    this.members = stageApplicationIds(db, stage);
    this.pairs = stagePairs(db, stage.id);
  }

  /** The load the cap is checked against, including what this batch has already added. */
  load(expertId: string): number {
    return capacityLoad(this.db, expertId, this.stage) + (this.added.get(expertId) ?? 0);
  }

  /** Everything that forbids the pair, most fundamental first; empty when it may be assigned. */
  refusals(app: Application | undefined, expert: ExpertRow | undefined, applicationId: string): Refusal[] {
    if (app === undefined || app.contestId !== this.stage.contestId) {
      return [{ code: 'notFound', message: `Заявки ${applicationId} нет в этом конкурсе` }];
    }
    if (expert === undefined) return [{ code: 'notFound', message: 'Эксперт не найден' }];
    if (this.stage.status === 'closed')
      return [{ code: 'notFound', message: `Этап «${this.stage.title}» закрыт` }];
    if (this.stage.kind === 'screening') {
      return [{ code: 'notFound', message: 'На этапе технической экспертизы эксперты не назначаются' }];
    }
    if (!expert.active)
      return [{ code: 'notFound', message: `${expert.fullName} исключён из пула экспертов` }];
    if (!this.members.has(app.id)) {
      return [{ code: 'notFound', message: `Заявка ${app.id} не допущена к этапу «${this.stage.title}»` }];
    }
    const key = pairKey(app.id, expert.id);
    const existing = this.pairs.get(key);
    if (existing?.status === 'recused') {
      return [
        { code: 'recused', message: `${expert.fullName} заявил(а) конфликт интересов по заявке ${app.id}` },
      ];
    }
    if (existing !== undefined || this.pending.has(key)) {
      return [{ code: 'duplicate', message: `${expert.fullName} уже назначен(а) на заявку ${app.id}` }];
    }
    const out: Refusal[] = [];
    const conflicts = findConflicts({
      expert: { affiliations: expert.affiliations, regionCode: expert.region.code },
      application: { organizationInn: app.organization.inn, regionCode: app.region.code },
      regionRule: this.contest.settings.regionRule,
    });
    if (conflicts.includes('sameOrganization')) {
      const org = expert.affiliations.find((a) => a.inn.replace(/\D/g, '') === app.organization.inn);
      out.push({
        code: 'sameOrganization',
        message: `${expert.fullName} связан(а) с организацией заявителя (ИНН ${app.organization.inn}${org ? `, «${org.name}»` : ''})`,
      });
    }
    if (conflicts.includes('sameRegion')) {
      out.push({
        code: 'regionRule',
        message: `Правило конкурса запрещает эксперта из того же региона (${app.region.name})`,
      });
    }
    const load = this.load(expert.id);
    if (load >= expert.loadCap) {
      out.push({
        code: 'overCap',
        message: `${expert.fullName}: достигнут лимит нагрузки (${load} из ${expert.loadCap})`,
      });
    }
    return out;
  }

  /** Remembers an accepted pair for the rest of the batch. */
  accept(applicationId: string, expertId: string): void {
    this.pending.add(pairKey(applicationId, expertId));
    this.added.set(expertId, (this.added.get(expertId) ?? 0) + 1);
  }
}
