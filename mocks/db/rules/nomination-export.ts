import type { ExportQuery, RankingFlag } from '@/api/schemas/coordination';
import type { TieBreakRule } from '@/api/schemas/contests';
import type { MockDatabase } from '@mocks/db/database';
import { nominationAggregates } from '@mocks/db/rules/coordination';
import { attachmentHeader, toCsv, type CsvCell } from '@mocks/db/rules/csv';
import { rankedApplications, type NominationAggregates } from '@mocks/db/rules/stage-aggregates';
import { ApiProblem } from '@mocks/handlers/support';

const FLAG_TITLES: Record<RankingFlag, string> = {
  divergent: 'расхождение оценок',
  incomplete: 'не все оценки',
  tied: 'равный балл',
  recusal: 'самоотвод',
};

const METHOD_TITLES = {
  mean: 'среднее',
  median: 'медиана',
  closestPair: 'среднее двух ближайших',
  zScore: 'z-нормализация',
} as const;

function tieBreakTitle(n: NominationAggregates, rule: TieBreakRule | null): string {
  if (rule === null) return 'не разделены';
  if (rule.kind === 'earlierSubmission') return 'более ранняя отправка';
  if (rule.kind === 'applicationId') return 'меньший ID заявки';
  const title = n.set?.criteria.find((c) => c.id === rule.criterionId)?.title ?? rule.criterionId;
  return `балл по критерию «${title}»`;
}

export interface ExportFile {
  body: string;
  contentDisposition: string;
}

function rankingCsv(n: NominationAggregates, method: keyof typeof METHOD_TITLES): string {
  const criteria = n.set?.criteria ?? [];
  const header: CsvCell[] = [
    'Место',
    'ID заявки',
    'Название',
    'Организация',
    'ИНН',
    'Регион',
    'Запрошено, ₽',
    'Оценок отправлено',
    'Оценок требуется',
    `Балл (${METHOD_TITLES[method]})`,
    '% от максимума',
    ...criteria.map((c) => `Средний балл: ${c.title}`),
    'Разброс итогов',
    'Отметки',
    'Равенство баллов разрешено',
  ];
  const rows: CsvCell[][] = [header];
  for (const r of rankedApplications(n, method)) {
    rows.push([
      r.score === null ? null : r.rank,
      r.app.id,
      r.app.title,
      r.app.organization.name,
      r.app.organization.inn,
      r.app.region.name,
      r.app.requestedAmount,
      r.submittedCount,
      r.requiredCount,
      r.score,
      r.percent,
      ...r.criterionMeans,
      r.spread,
      r.flags.map((f) => FLAG_TITLES[f]).join(', '),
      r.tieBreak === null ? '' : `с ${r.tieBreak.withApplicationId}: ${tieBreakTitle(n, r.tieBreak.rule)}`,
    ]);
  }
  return toCsv(rows);
}

function sheetsCsv(db: MockDatabase, stageId: string, n: NominationAggregates): string {
  const criteria = n.set?.criteria ?? [];
  const header: CsvCell[] = [
    'ID заявки',
    'Название',
    'Организация',
    'Эксперт',
    'Отправлено',
    ...criteria.flatMap((c) => [`${c.title}: балл`, `${c.title}: комментарий`]),
    'Итог',
    'Максимум',
    'Рекомендация',
    'Общий комментарий',
  ];
  const rows: CsvCell[][] = [header];
  for (const app of n.applications) {
    const sheets = db
      .group('sheets', 'byApplication', app.id)
      .filter((s) => s.stageId === stageId && s.status === 'submitted')
      .map((s) => ({ s, expert: db.get('experts', s.expertId)?.fullName ?? s.expertId }))
      .sort((a, b) => a.expert.localeCompare(b.expert, 'ru'));
    for (const { s, expert } of sheets) {
      rows.push([
        app.id,
        app.title,
        app.organization.name,
        expert,
        s.submittedAt,
        ...criteria.flatMap((c) => [s.scores[c.id] ?? null, s.comments[c.id] ?? '']),
        s.total,
        s.maxTotal,
        s.recommendation === 'support'
          ? 'поддержать'
          : s.recommendation === 'reject'
            ? 'не поддерживать'
            : '',
        s.overallComment,
      ]);
    }
  }
  return toCsv(rows);
}

/**
 * The ranking or every submitted sheet of a nomination as a CSV a Russian Excel opens correctly.
 * XLSX is declared in the contract but not built yet: answered 501 rather than a broken file.
 */
export function exportNomination(
  db: MockDatabase,
  stageId: string,
  nominationId: string,
  query: ExportQuery,
): ExportFile {
  const { stage, n } = nominationAggregates(db, stageId, nominationId);
  if (query.format === 'xlsx') {
    throw new ApiProblem(501, 'notImplemented', 'Экспорт в XLSX пока не поддерживается', {
      detail: 'Выгрузите CSV: он открывается в Excel с русскими заголовками',
    });
  }
  const method = query.method ?? stage.contest.settings.aggregationMethod;
  const kindTitle = query.kind === 'ranking' ? 'Рейтинг' : 'Оценки';
  const body = query.kind === 'ranking' ? rankingCsv(n, method) : sheetsCsv(db, stageId, n);
  const ascii = `${query.kind}-${stageId}-${nominationId}.csv`.replace(/[^\w.-]/g, '_');
  const unicode = `${kindTitle} — ${n.nomination.title} — ${stage.stage.title}.csv`.replace(
    /[\\/:*?"<>|]/g,
    ' ',
  );
  return { body, contentDisposition: attachmentHeader(ascii, unicode) };
}
