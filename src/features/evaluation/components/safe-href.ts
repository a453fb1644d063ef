const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Attachment URLs come from applicants. Only http(s) addresses and same-origin relative URLs become
 * links; `javascript:`, `data:`, protocol-relative `//host` and anything unparsable stay plain text.
 * The URL parser (not a regex) decides the scheme, so tricks like "java\tscript:" are caught too.
 */
export function safeHref(url: string, origin: string = window.location.origin): string | null {
  const value = url.trim();
  if (value === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(value, origin);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (SCHEME.test(value)) return parsed.href;
  return parsed.origin === new URL(origin).origin ? value : null;
}
