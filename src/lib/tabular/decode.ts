/**
 * Decodes CSV bytes: UTF-8 when the bytes are valid UTF-8 (with or without a BOM), otherwise Windows-1251,
 * which is what Russian Excel and 1C save as "CSV". A strict (fatal) UTF-8 decode is a reliable test: Cyrillic
 * in cp1251 is almost never a valid UTF-8 sequence.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1251' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  }
}
