import type { ExpertImportRow } from '@/api/schemas/expert-inputs';
import { isValidInn, normaliseInn } from '@/domain/conflicts';
import { EMAIL_PATTERN } from './expert-values';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';
import { REGIONS } from '@/domain/regions';

export type RowProblemKind = 'empty' | 'email' | 'region' | 'inn' | 'nomination' | 'cap' | 'duplicate';

export interface RowProblem {
  column: ImportColumn;
  kind: RowProblemKind;
  /** The offending piece of the cell (one affiliation, one nomination), shown in quotes. */
  value: string;
}

/** The nominations a row may name, by ID or by title. */
export interface KnownNominations {
  ids: ReadonlySet<string>;
  titles: ReadonlySet<string>;
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

export function knownNominations(nominations: readonly { id: string; title: string }[]): KnownNominations {
  return {
    ids: new Set(nominations.map((n) => n.id)),
    titles: new Set(nominations.map((n) => normalise(n.title))),
  };
}

const REGION_NAMES = new Set(REGIONS.map((r) => normalise(r.name).replace(/[‐-―−]/g, '-')));
const REGION_CODES = new Set(REGIONS.map((r) => r.code));

function splitList(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A code («77», or «7» after Excel ate the zero) or the official name, as the server accepts. */
function isKnownRegion(cell: string): boolean {
  if (/^\d{1,2}$/.test(cell)) return REGION_CODES.has(cell.padStart(2, '0'));
  return REGION_NAMES.has(normalise(cell).replace(/[‐-―−]/g, '-'));
}

/** «7707083893 ПАО Сбербанк» or «ИНН: 7707083893, ПАО Сбербанк»: the ИНН leads. */
function affiliationInn(item: string): string | null {
  const match = /^(?:ИНН\s*:?\s*)?(\d[\d\s-]*\d)/iu.exec(item);
  return match?.[1] === undefined ? null : normaliseInn(match[1]);
}

/**
 * What can be seen before sending: the same rules the server applies, so the preview names each bad
 * row's problem up front. The server checks again and has the last word.
 */
export function checkRows(rows: readonly ExpertImportRow[], nominations: KnownNominations): RowProblem[][] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const problems: RowProblem[] = [];
    for (const column of IMPORT_COLUMNS) {
      if (column.required && row[column.key] === '')
        problems.push({ column: column.key, kind: 'empty', value: '' });
    }
    if (row.email !== '' && !EMAIL_PATTERN.test(row.email)) {
      problems.push({ column: 'email', kind: 'email', value: row.email });
    }
    const key = row.email.toLowerCase();
    if (key !== '' && seen.has(key)) problems.push({ column: 'email', kind: 'duplicate', value: row.email });
    seen.add(key);
    if (row.regionCode !== '' && !isKnownRegion(row.regionCode)) {
      problems.push({ column: 'regionCode', kind: 'region', value: row.regionCode });
    }
    for (const item of splitList(row.affiliations)) {
      const inn = affiliationInn(item);
      if (inn === null || !isValidInn(inn))
        problems.push({ column: 'affiliations', kind: 'inn', value: item });
    }
    for (const item of splitList(row.expertise)) {
      if (!nominations.ids.has(item) && !nominations.titles.has(normalise(item))) {
        problems.push({ column: 'expertise', kind: 'nomination', value: item });
      }
    }
    const cap = row.loadCap.replace(/\s/g, '');
    if (cap !== '' && (!/^\d+$/.test(cap) || Number(cap) > 1000)) {
      problems.push({ column: 'loadCap', kind: 'cap', value: row.loadCap });
    }
    return problems;
  });
}
