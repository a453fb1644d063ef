import { strFromU8, unzipSync } from 'fflate';

/** A cell as the sheet XML stores it: numbers stay numbers, so a test can see they are typed. */
export type XlsxValue = string | number | null;

function decodeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
}

/**
 * Reads the first sheet of an XLSX file by unzipping it and walking the sheet XML — enough to check
 * what an export wrote (header, typed numbers, neutralised text) without a spreadsheet library.
 */
export function readFirstSheet(bytes: Uint8Array): { rows: XlsxValue[][]; files: string[] } {
  const files = unzipSync(bytes);
  const text = (name: string): string => {
    const file = files[name];
    if (file === undefined) throw new Error(`${name} is missing from the XLSX file`);
    return strFromU8(file);
  };
  const shared = files['xl/sharedStrings.xml']
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        decodeXml([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? '').join('')),
      )
    : [];
  const rows: XlsxValue[][] = [];
  for (const row of text('xl/worksheets/sheet1.xml').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: XlsxValue[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const ref = /r="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? 'A1';
      const type = /t="(\w+)"/.exec(attrs)?.[1];
      const inner = c[2] ?? '';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
      let value: XlsxValue = null;
      if (type === 's' && raw !== undefined) value = shared[Number(raw)] ?? null;
      else if (type === 'inlineStr' || type === 'str') value = decodeXml(inline ?? raw ?? '');
      else if (raw !== undefined) value = Number(raw);
      cells[columnIndex(ref)] = value;
    }
    rows.push(Array.from(cells, (v) => v ?? null));
  }
  return { rows, files: Object.keys(files) };
}
