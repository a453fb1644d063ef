export type Delimiter = ';' | ',' | '\t';

const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

/** Splits the first `limit` records off the text, honouring quoted cells that span lines. */
function firstRecords(text: string, limit: number): string[] {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let index = 0; index < text.length && records.length < limit; index += 1) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      records.push(text.slice(start, index));
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      start = index + 1;
    }
  }
  if (records.length < limit && start < text.length) records.push(text.slice(start));
  return records.filter((record) => record.trim() !== '');
}

function countOutsideQuotes(record: string, delimiter: Delimiter): number {
  let count = 0;
  let inQuotes = false;
  for (const char of record) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === delimiter) count += 1;
  }
  return count;
}

/**
 * Guesses the delimiter from the header record (it never holds decimal commas, unlike data rows), using the
 * next records only to break ties. Russian Excel writes `;`, so it wins ties; a file with a single column
 * falls back to `,`.
 */
export function sniffDelimiter(text: string): Delimiter {
  const [header = '', ...rest] = firstRecords(text, 20);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const headerCount = countOutsideQuotes(header, delimiter);
    if (headerCount === 0) continue;
    // Rows that split into as many cells as the header count as agreeing.
    const agreeing = rest.filter((record) => countOutsideQuotes(record, delimiter) === headerCount).length;
    const score = headerCount * 1000 + agreeing;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
