import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import type { ExportQuery, RankingFlag } from '@/api/schemas/coordination';
import type { AggregationMethod, TieBreakRule } from '@/api/schemas/contests';
import { CSV_MIME, XLSX_MIME } from '@/api/endpoints/results';
import type { MockDatabase } from '@mocks/db/database';
import { nominationAggregates } from '@mocks/db/rules/coordination';
import { attachmentHeader, neutraliseFormula, toCsv, type CsvCell } from '@mocks/db/rules/csv';
import { rankedApplications, type NominationAggregates } from '@mocks/db/rules/stage-aggregates';

const FLAG_TITLES: Record<RankingFlag, string> = {
  divergent: 'расхождение оценок',
  incomplete: 'не все оценки',
  tied: 'равный балл',
  recusal: 'самоотвод',
};

const METHOD_TITLES: Record<AggregationMethod, string> = {
  mean: 'среднее',
  median: 'медиана',
  closestPair: 'среднее двух ближайших',
  zScore: 'z-нормализация',
};

/** How a column's values are typed in XLSX; CSV writes every kind as text the same way. */
type ColumnKind = 'text' | 'integer' | 'score' | 'money';

interface ExportColumn {
  header: string;
  kind: ColumnKind;
  /** XLSX column width, in characters. */
  width: number;
}

/** One table, written either as CSV or as XLSX, so both files always hold the same cells. */
interface ExportTable {
  sheetName: string;
  columns: ExportColumn[];
  rows: CsvCell[][];
}

const col = (header: string, kind: ColumnKind, width: number): ExportColumn => ({ header, kind, width });

function tieBreakTitle(n: NominationAggregates, rule: TieBreakRule | null): string {
  if (rule === null) return 'не разделены';
  if (rule.kind === 'earlierSubmission') return 'более ранняя отправка';
  if (rule.kind === 'applicationId') return 'меньший ID заявки';
  const title = n.set?.criteria.find((c) => c.id === rule.criterionId)?.title ?? rule.criterionId;
  return `балл по критерию «${title}»`;
}

function rankingTable(n: NominationAggregates, method: AggregationMethod): ExportTable {
  const criteria = n.set?.criteria ?? [];
  const columns: ExportColumn[] = [
    col('Место', 'integer', 7),
    col('ID заявки', 'text', 11),
    col('Название', 'text', 48),
    col('Организация', 'text', 36),
    col('ИНН', 'text', 13),
    col('Регион', 'text', 24),
    col('Запрошено, ₽', 'money', 15),
    col('Оценок отправлено', 'integer', 10),
    col('Оценок требуется', 'integer', 10),
    col(`Балл (${METHOD_TITLES[method]})`, 'score', 10),
    col('% от максимума', 'score', 10),
    ...criteria.map((c) => col(`Средний балл: ${c.title}`, 'score', 14)),
    col('Разброс итогов', 'score', 10),
    col('Отметки', 'text', 24),
    col('Равенство баллов разрешено', 'text', 36),
  ];
  const rows = rankedApplications(n, method).map((r): CsvCell[] => [
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
  return { sheetName: 'Рейтинг', columns, rows };
}

function sheetsTable(db: MockDatabase, stageId: string, n: NominationAggregates): ExportTable {
  const criteria = n.set?.criteria ?? [];
  const columns: ExportColumn[] = [
    col('ID заявки', 'text', 11),
    col('Название', 'text', 40),
    col('Организация', 'text', 32),
    col('Эксперт', 'text', 28),
    col('Отправлено', 'text', 22),
    ...criteria.flatMap((c) => [
      col(`${c.title}: балл`, 'score', 12),
      col(`${c.title}: комментарий`, 'text', 40),
    ]),
    col('Итог', 'score', 9),
    col('Максимум', 'score', 9),
    col('Рекомендация', 'text', 16),
    col('Общий комментарий', 'text', 48),
  ];
  const rows: CsvCell[][] = [];
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
  return { sheetName: 'Оценки', columns, rows };
}

function toCsvFile(table: ExportTable): string {
  return toCsv([table.columns.map((c) => c.header), ...table.rows]);
}

const NUMBER_FORMATS: Record<Exclude<ColumnKind, 'text'>, string> = {
  integer: '0',
  score: '0.00',
  money: '#,##0',
};

function xlsxCell(value: CsvCell, kind: ColumnKind): Cell {
  if (value === null) return null;
  if (typeof value === 'number') {
    // Real number cells, so a spreadsheet sums and sorts them; text columns never hold numbers.
    return { value, type: Number, ...(kind === 'text' ? {} : { format: NUMBER_FORMATS[kind] }) };
  }
  // Applicant text is untrusted: neutralised exactly as in the CSV, so both files read the same.
  return { value: neutraliseFormula(value), type: String };
}

async function toXlsxFile(table: ExportTable): Promise<ArrayBuffer> {
  const header = table.columns.map((c): Cell => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const data: SheetData = [
    header,
    ...table.rows.map((row) => row.map((value, i) => xlsxCell(value, table.columns[i]?.kind ?? 'text'))),
  ];
  const blob = await writeXlsxFile(data, {
    sheet: table.sheetName,
    columns: table.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBlob();
  return blob.arrayBuffer();
}

export interface ExportFile {
  body: string | ArrayBuffer;
  contentType: string;
  contentDisposition: string;
}

/** Characters a file system or a Content-Disposition parser may refuse. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_FILENAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The ranking or every submitted sheet of a nomination, as a CSV a Russian Excel opens correctly
 * (BOM, `;`, decimal comma) or as XLSX with typed number cells; both hold exactly the same cells.
 */
export async function exportNomination(
  db: MockDatabase,
  stageId: string,
  nominationId: string,
  query: ExportQuery,
): Promise<ExportFile> {
  const { stage, n } = nominationAggregates(db, stageId, nominationId);
  const method = query.method ?? stage.contest.settings.aggregationMethod;
  const table = query.kind === 'ranking' ? rankingTable(n, method) : sheetsTable(db, stageId, n);
  const ext = query.format;
  const body = ext === 'xlsx' ? await toXlsxFile(table) : toCsvFile(table);
  const date = db.nowIso().slice(0, 10);
  const ascii = `${query.kind}-${stageId}-${nominationId}.${ext}`.replace(/[^\w.-]/g, '_');
  const kindTitle = query.kind === 'ranking' ? 'рейтинг' : 'оценки';
  const unicode = `${kindTitle}-${n.nomination.title}-${date}.${ext}`.replace(UNSAFE_FILENAME, ' ');
  return {
    body,
    contentType: ext === 'xlsx' ? XLSX_MIME : CSV_MIME,
    contentDisposition: attachmentHeader(ascii, unicode),
  };
}
