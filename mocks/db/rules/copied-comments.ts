/** Shorter remarks («Хорошо», «Не раскрыто») repeat honestly; a copied paragraph does not. */
export const COPIED_MIN_LENGTH = 40;

/** The comparison form: case, «ё», punctuation and spacing do not make a copied comment original. */
export function normaliseComment(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower-cases ASCII and Cyrillic by code; 0 for punctuation and spaces (they only separate words). */
function foldChar(code: number): number {
  if (code >= 48 && code <= 57) return code;
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0x430 && code <= 0x44f) return code;
  if (code >= 0x410 && code <= 0x42f) return code + 32;
  if (code === 0x401 || code === 0x451) return 0x435;
  if (code < 0xc0 || code === 0xd7 || code === 0xf7 || (code >= 0x2000 && code <= 0x206f) || code === 0x2116)
    return 0;
  return code;
}

/**
 * An FNV-1a hash of the normalised text computed in one pass without building strings: a season
 * has over a million comments, and normalising each with a regex took seconds. Equal normalised
 * texts always hash equally; the rare collision is weeded out by comparing `normaliseComment`.
 * Returns -1 when the normalised text is shorter than COPIED_MIN_LENGTH.
 */
export function commentHash(text: string): number {
  if (text.length < COPIED_MIN_LENGTH) return -1;
  let hash = 0x811c9dc5;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text.charCodeAt(i));
    if (folded === 0) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      hash = Math.imul(hash ^ 32, 0x01000193);
      length += 1;
      pendingSpace = false;
    }
    hash = Math.imul(hash ^ folded, 0x01000193);
    length += 1;
  }
  return length < COPIED_MIN_LENGTH ? -1 : hash >>> 0;
}

export interface CommentUse {
  text: string;
  sheetId: string;
  applicationId: string;
}

export interface CopiedGroup {
  original: string;
  sheetIds: string[];
  applicationIds: string[];
}

/** One expert's comments → the texts they used on two or more different applications. */
export function findCopies(uses: readonly CommentUse[]): CopiedGroup[] {
  const byHash = new Map<number, CommentUse[]>();
  for (const use of uses) {
    const hash = commentHash(use.text);
    if (hash < 0) continue;
    const bucket = byHash.get(hash);
    if (bucket === undefined) byHash.set(hash, [use]);
    else bucket.push(use);
  }
  const groups: CopiedGroup[] = [];
  for (const bucket of byHash.values()) {
    if (bucket.length < 2 || bucket.every((u) => u.applicationId === bucket[0]?.applicationId)) continue;
    const exact = new Map<string, CommentUse[]>();
    for (const use of bucket) {
      const key = normaliseComment(use.text);
      exact.set(key, [...(exact.get(key) ?? []), use]);
    }
    for (const same of exact.values()) {
      const apps = [...new Set(same.map((u) => u.applicationId))];
      if (apps.length < 2) continue;
      groups.push({
        original: same[0]?.text ?? '',
        sheetIds: [...new Set(same.map((u) => u.sheetId))],
        applicationIds: apps,
      });
    }
  }
  return groups;
}
