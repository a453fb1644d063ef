export type ConflictCode = 'sameOrganization' | 'sameRegion';

export type RegionRule = 'none' | 'forbidSameRegion' | 'requireOneSameRegion';

export interface ConflictCheck {
  expert: { affiliations: readonly { inn: string }[]; regionCode: string | null };
  application: { organizationInn: string; regionCode: string | null };
  regionRule: RegionRule;
}

/** ИНН are typed and pasted with spaces, dashes and «ИНН:» prefixes; only the digits matter. */
export function normaliseInn(s: string): string {
  return s.replace(/\D/g, '');
}

const LEGAL_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits.charCodeAt(i) - 48);
  return (sum % 11) % 10;
}

function digitAt(digits: string, i: number): number {
  return digits.charCodeAt(i) - 48;
}

/**
 * The ФНС check-digit algorithm: 10 digits for an organisation (one check digit), 12 for a person
 * or sole proprietor (two). Strict about shape — normalise first when the input is free text, so
 * that stray letters are not quietly dropped from a stored value.
 */
export function isValidInn(s: string): boolean {
  if (/^\d{10}$/.test(s)) return checkDigit(s, LEGAL_WEIGHTS) === digitAt(s, 9);
  if (/^\d{12}$/.test(s)) {
    return (
      checkDigit(s, PERSON_WEIGHTS_11) === digitAt(s, 10) &&
      checkDigit(s, PERSON_WEIGHTS_12) === digitAt(s, 11)
    );
  }
  return false;
}

function sameRegion(a: string | null, b: string | null): boolean {
  const x = a?.trim() ?? '';
  const y = b?.trim() ?? '';
  if (x === '' || y === '') return false;
  // "7" and "07" name the same subject when a spreadsheet has eaten the leading zero.
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) === Number(y);
  return x === y;
}

/**
 * Conflicts that make an assignment refused. Under requireOneSameRegion a shared region is welcome,
 * not a conflict; whether the panel still lacks such an expert is needsSameRegionExpert's question.
 */
export function findConflicts(check: ConflictCheck): ConflictCode[] {
  const conflicts: ConflictCode[] = [];
  const inn = normaliseInn(check.application.organizationInn);
  if (inn !== '' && check.expert.affiliations.some((a) => normaliseInn(a.inn) === inn)) {
    conflicts.push('sameOrganization');
  }
  if (
    check.regionRule === 'forbidSameRegion' &&
    sameRegion(check.expert.regionCode, check.application.regionCode)
  ) {
    conflicts.push('sameRegion');
  }
  return conflicts;
}

/**
 * For requireOneSameRegion (as the Фонд президентских грантов does): true while no assigned expert
 * shares the application's region. An application without a region cannot be matched, so it is not
 * flagged forever for an expert nobody could supply.
 */
export function needsSameRegionExpert(
  assignedExperts: readonly { regionCode: string | null }[],
  application: { regionCode: string | null },
): boolean {
  if ((application.regionCode?.trim() ?? '') === '') return false;
  return !assignedExperts.some((e) => sameRegion(e.regionCode, application.regionCode));
}
