import type { Rng } from './random';

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function checkDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits.charCodeAt(i) - 48);
  return (sum % 11) % 10;
}

/** The ФНС checksum rule for a legal entity's 10-digit or a person's 12-digit ИНН. */
export function isValidInn(inn: string): boolean {
  if (/^\d{10}$/.test(inn)) return checkDigit(inn, WEIGHTS_10) === inn.charCodeAt(9) - 48;
  if (/^\d{12}$/.test(inn)) {
    return (
      checkDigit(inn, WEIGHTS_11) === inn.charCodeAt(10) - 48 &&
      checkDigit(inn, WEIGHTS_12) === inn.charCodeAt(11) - 48
    );
  }
  return false;
}

/**
 * A 10-digit legal-entity ИНН: region code, tax inspection number, a five-digit record number and
 * the check digit. `used` keeps ИНН unique within a preset, since conflict checks match on it.
 */
export function makeLegalInn(rng: Rng, regionCode: string, used: Set<string>): string {
  // Moscow has 51 inspections; elsewhere a handful to a few dozen.
  const inspections = regionCode === '77' ? 51 : 29;
  for (;;) {
    const inspection = String(rng.int(1, inspections)).padStart(2, '0');
    const record = String(rng.int(1, 99999)).padStart(5, '0');
    const first9 = `${regionCode}${inspection}${record}`;
    const inn = `${first9}${checkDigit(first9, WEIGHTS_10)}`;
    if (!used.has(inn)) {
      used.add(inn);
      return inn;
    }
  }
}
