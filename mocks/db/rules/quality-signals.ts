import type { QualitySignal, QualitySignalKind } from '@/api/schemas/coordination';
import { describeTotals } from '@/domain/z-score';
import type { MockDatabase } from '@mocks/db/database';
import type { SheetRow } from '@mocks/db/tables';
import { findCopies, type CommentUse } from '@mocks/db/rules/copied-comments';
import { derived } from '@mocks/db/rules/derived-cache';
import { formatNumber, requireStage } from '@mocks/db/rules/staff-context';

/** A sheet submitted less than three minutes after it was opened cannot reflect reading the application. */
export const TOO_FAST_SECONDS = 180;
export const OUTLIER_Z = 2;
/** Experts with fewer sheets say too little about their personal scale to be called outliers. */
const OUTLIER_MIN_SHEETS = 3;

const KIND_ORDER: Record<QualitySignalKind, number> = {
  outlierExpert: 0,
  copiedComment: 1,
  straightLining: 2,
  tooFast: 3,
};

/** Russian plural forms: 1 комментарий, 2 комментария, 5 комментариев. */
function plural(n: number, one: string, few: string, many: string): string {
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return one;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return few;
  return many;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}

interface ExpertSheets {
  name: string;
  sheets: SheetRow[];
}

function sheetsByExpert(db: MockDatabase, stageId: string): Map<string, ExpertSheets> {
  const map = new Map<string, ExpertSheets>();
  for (const sheet of db.group('sheets', 'byStage', stageId)) {
    if (sheet.status !== 'submitted') continue;
    let entry = map.get(sheet.expertId);
    if (entry === undefined) {
      entry = { name: db.get('experts', sheet.expertId)?.fullName ?? sheet.expertId, sheets: [] };
      map.set(sheet.expertId, entry);
    }
    entry.sheets.push(sheet);
  }
  return map;
}

function straightLining(expertId: string, e: ExpertSheets): QualitySignal | null {
  const flat = e.sheets.filter((s) => {
    const scores = Object.values(s.scores).filter((v): v is number => v !== null);
    return scores.length >= 2 && scores.every((v) => v === scores[0]);
  });
  if (flat.length === 0) return null;
  const sample = Object.values(flat[0]?.scores ?? {})[0] ?? 0;
  return {
    kind: 'straightLining',
    expertId,
    expertName: e.name,
    sheetIds: flat.map((s) => s.id),
    applicationIds: flat.map((s) => s.applicationId),
    evidence: `${flat.length} из ${e.sheets.length} оценок: один и тот же балл по всем критериям (например, ${sample} по каждому критерию в заявке ${flat[0]?.applicationId ?? ''})`,
    value: flat.length,
  };
}

function tooFast(expertId: string, e: ExpertSheets): QualitySignal | null {
  const fast = e.sheets
    .map((s) => ({
      s,
      seconds:
        s.submittedAt === null ? Infinity : (Date.parse(s.submittedAt) - Date.parse(s.startedAt)) / 1000,
    }))
    .filter((x) => x.seconds < TOO_FAST_SECONDS)
    .sort((a, b) => a.seconds - b.seconds);
  const fastest = fast[0];
  if (fastest === undefined) return null;
  return {
    kind: 'tooFast',
    expertId,
    expertName: e.name,
    sheetIds: fast.map((x) => x.s.id),
    applicationIds: fast.map((x) => x.s.applicationId),
    evidence: `${fast.length} из ${e.sheets.length} оценок отправлены быстрее чем через 3 минуты после открытия; самая быстрая — за ${Math.max(0, Math.round(fastest.seconds))} с (заявка ${fastest.s.applicationId})`,
    value: Math.max(0, Math.round(fastest.seconds)),
  };
}

/**
 * One signal per expert, not per text: what the coordinator acts on is the expert's habit, and a
 * season-sized stage would otherwise list thousands of pairs. The most repeated text is quoted.
 */
function copiedComments(expertId: string, e: ExpertSheets): QualitySignal | null {
  const uses: CommentUse[] = [];
  for (const s of e.sheets) {
    for (const text of Object.values(s.comments))
      uses.push({ text, sheetId: s.id, applicationId: s.applicationId });
    uses.push({ text: s.overallComment, sheetId: s.id, applicationId: s.applicationId });
  }
  const groups = findCopies(uses).sort((a, b) => b.applicationIds.length - a.applicationIds.length);
  const top = groups[0];
  if (top === undefined) return null;
  const sheetIds = new Set(groups.flatMap((g) => g.sheetIds));
  const applicationIds = new Set(groups.flatMap((g) => g.applicationIds));
  const many = plural(
    groups.length,
    'повторяющийся комментарий',
    'повторяющихся комментария',
    'повторяющихся комментариев',
  );
  const texts = groups.length === 1 ? 'Один и тот же комментарий' : `${groups.length} ${many}`;
  return {
    kind: 'copiedComment',
    expertId,
    expertName: e.name,
    sheetIds: [...sheetIds],
    applicationIds: [...applicationIds],
    evidence: `${texts} в ${applicationIds.size} заявках; чаще всего повторяется (в ${top.applicationIds.length} заявках): «${quote(top.original)}»`,
    value: applicationIds.size,
  };
}

/** Each expert's mean (as % of the maximum, so different criteria sets compare) against the other experts' means. */
function outliers(experts: Map<string, ExpertSheets>): QualitySignal[] {
  const means: { expertId: string; e: ExpertSheets; mean: number }[] = [];
  for (const [expertId, e] of experts) {
    if (e.sheets.length < OUTLIER_MIN_SHEETS) continue;
    const percents = e.sheets.map((s) => (s.maxTotal > 0 ? ((s.total ?? 0) / s.maxTotal) * 100 : 0));
    means.push({ expertId, e, mean: describeTotals(percents).mean });
  }
  const panel = describeTotals(means.map((m) => m.mean));
  if (means.length < 3 || panel.sd === 0) return [];
  return means.flatMap(({ expertId, e, mean }) => {
    const z = (mean - panel.mean) / panel.sd;
    if (Math.abs(z) <= OUTLIER_Z) return [];
    return [
      {
        kind: 'outlierExpert' as const,
        expertId,
        expertName: e.name,
        sheetIds: e.sheets.map((s) => s.id),
        applicationIds: e.sheets.map((s) => s.applicationId),
        evidence:
          `Средняя оценка эксперта — ${formatNumber(mean, 1)} % от максимума, в среднем по экспертам этапа — ` +
          `${formatNumber(panel.mean, 1)} % (z = ${formatNumber(z, 1)}; ${z > 0 ? 'завышает' : 'занижает'} по ${e.sheets.length} оценкам)`,
        value: z,
      },
    ];
  });
}

function severity(s: QualitySignal): number {
  // tooFast: fewer seconds is worse; outliers: farther from the panel is worse; others: more is worse.
  if (s.kind === 'tooFast') return -s.value;
  return Math.abs(s.value);
}

/** All signals of a stage, cached until the next write: comparing comments across 120k sheets is not free. */
export function qualitySignals(
  db: MockDatabase,
  stageId: string,
  kind: QualitySignalKind | undefined,
): QualitySignal[] {
  requireStage(db, stageId);
  const all = derived(db, `qualitySignals:${stageId}`, () => {
    const experts = sheetsByExpert(db, stageId);
    const out: QualitySignal[] = [...outliers(experts)];
    for (const [expertId, e] of experts) {
      const flat = straightLining(expertId, e);
      if (flat !== null) out.push(flat);
      const fast = tooFast(expertId, e);
      if (fast !== null) out.push(fast);
      const copied = copiedComments(expertId, e);
      if (copied !== null) out.push(copied);
    }
    return out.sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        severity(b) - severity(a) ||
        a.expertId.localeCompare(b.expertId),
    );
  });
  return kind === undefined ? all : all.filter((s) => s.kind === kind);
}
