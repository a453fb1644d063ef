/**
 * Node's fetch keeps no cookies, and MSW keeps none in Node either. The app relies on the browser's
 * cookie jar for its session, so tests give fetch a minimal same-origin jar. Install it after
 * `server.listen()` so it wraps MSW's interception instead of being replaced by it.
 */
const jar = new Map<string, string>();

export function clearCookies(): void {
  jar.clear();
}

export function cookieHeader(): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

function remember(response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    if (separator < 1) continue;
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some(
      (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a),
    );
    if (expired || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

export function installCookieFetch(): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (jar.size > 0 && !request.headers.has('cookie')) request.headers.set('cookie', cookieHeader());
    const response = await original(request);
    remember(response);
    return response;
  };
  return () => {
    globalThis.fetch = original;
  };
}
