import writeXlsxFile from 'write-excel-file/node';

/** One application as the organizer's spreadsheet holds it, under the Russian headers of the import. */
export type ApplicationCells = Record<string, string | number | Date>;

/**
 * Windows-1251, as Russian Excel saves «CSV (разделители — точки с запятой)»: Node has no encoder for
 * it, and the Cyrillic block maps one-to-one, so a small table is enough for test files.
 */
function encodeCp1251(text: string): Uint8Array {
  const extra: Record<string, number> = {
    Ё: 0xa8,
    ё: 0xb8,
    '«': 0xab,
    '»': 0xbb,
    '—': 0x97,
    '–': 0x96,
    '№': 0xb9,
  };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes[i] = code;
    else if (code >= 0x410 && code <= 0x44f) bytes[i] = code - 0x410 + 0xc0;
    else if (extra[char] !== undefined) bytes[i] = extra[char];
    else throw new Error(`no Windows-1251 byte for «${char}»`);
  }
  return bytes;
}

function csvCell(value: string | number | Date): string {
  const text = value instanceof Date ? value.toLocaleDateString('ru-RU') : String(value);
  return /[";\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A `;`-separated CSV in Windows-1251 with CRLF line ends. */
export function cp1251Csv(rows: readonly ApplicationCells[]): Buffer {
  const headers = Object.keys(rows[0] ?? {});
  const lines = [
    headers.join(';'),
    ...rows.map((row) => headers.map((h) => csvCell(row[h] ?? '')).join(';')),
  ];
  return Buffer.from(encodeCp1251(`${lines.join('\r\n')}\r\n`));
}

/** An .xlsx with real date cells (Excel stores them as serial numbers with a date format). */
export async function xlsxFile(rows: readonly ApplicationCells[]): Promise<Buffer> {
  const headers = Object.keys(rows[0] ?? {});
  const data = [
    headers.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...rows.map((row) =>
      headers.map((h) => {
        const value = row[h] ?? '';
        if (value instanceof Date) return { value, type: Date, format: 'dd.mm.yyyy' };
        return typeof value === 'number' ? { value, type: Number } : { value, type: String };
      }),
    ),
  ];
  return writeXlsxFile(data).toBuffer();
}
