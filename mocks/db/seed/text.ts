/** Values for `{slot}` placeholders in phrase banks. */
export type Slots = Readonly<Record<string, string>>;

/** Replaces `{name}` placeholders; an unknown slot is a bug in a phrase bank, so it throws. */
export function fill(template: string, slots: Slots): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`No value for slot {${name}} in "${template}"`);
    return value;
  });
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * «2 691 000» with no-break spaces. Written by hand rather than with Intl so that the seed is
 * byte-identical whatever ICU data the engine ships.
 */
export function formatNumber(value: number): string {
  const digits = String(Math.round(Math.abs(value)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '\u00a0';
    out += digits.charAt(i);
  }
  return value < 0 ? `−${out}` : out;
}

/** The first `maxWords` words of a text, with an ellipsis when cut: for quoting the application. */
export function excerpt(text: string, maxWords: number): string {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length <= maxWords) return text.trim().replace(/[.;,:]$/, '');
  return `${words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[.;,:—-]$/, '')}…`;
}
