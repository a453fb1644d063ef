import type { FieldError } from '@/api/schemas/common';
import type { ExpertCreate } from '@/api/schemas/expert-inputs';
import type { Expert } from '@/api/schemas/experts';
import { isValidInn, normaliseInn } from '@/domain/conflicts';
import { regionByCode } from '@/domain/regions';

/** The form keeps text as typed, so a half-typed cap or ИНН is never lost or coerced. */
export interface ExpertFormValues {
  fullName: string;
  email: string;
  regionCode: string;
  affiliations: { name: string; inn: string }[];
  expertiseNominationIds: string[];
  loadCap: string;
}

export type ExpertFieldName =
  | 'fullName'
  | 'email'
  | 'regionCode'
  | 'affiliations'
  | `affiliations.${number}.name`
  | `affiliations.${number}.inn`
  | 'expertiseNominationIds'
  | 'loadCap';

export const EMPTY_EXPERT: ExpertFormValues = {
  fullName: '',
  email: '',
  regionCode: '',
  affiliations: [],
  expertiseNominationIds: [],
  loadCap: '20',
};

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function valuesOf(expert: Expert): ExpertFormValues {
  return {
    fullName: expert.fullName,
    email: expert.email,
    regionCode: expert.region.code,
    affiliations: expert.affiliations.map((a) => ({ name: a.name, inn: a.inn })),
    expertiseNominationIds: [...expert.expertiseNominationIds],
    loadCap: String(expert.loadCap),
  };
}

export function toExpertInput(values: ExpertFormValues): ExpertCreate {
  return {
    fullName: values.fullName.trim(),
    email: values.email.trim(),
    region: regionByCode(values.regionCode) ?? { code: values.regionCode, name: '' },
    affiliations: values.affiliations.map((a) => ({ name: a.name.trim(), inn: normaliseInn(a.inn) })),
    expertiseNominationIds: values.expertiseNominationIds,
    loadCap: Number(values.loadCap.trim()),
  };
}

export type InnProblem = 'required' | 'length' | 'checksum';

/** ИНН is pasted with spaces and «ИНН:»; only its digits are checked, by the ФНС algorithm the server uses. */
export function innProblem(text: string): InnProblem | null {
  const digits = normaliseInn(text);
  if (digits === '') return 'required';
  if (digits.length !== 10 && digits.length !== 12) return 'length';
  return isValidInn(digits) ? null : 'checksum';
}

export function isLoadCap(text: string): boolean {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) && Number(trimmed) <= 1000;
}

/** The server's field path (`region.code`, `affiliations.0.inn`, …) → the form field it belongs to. */
export function formFieldOf(error: FieldError): ExpertFieldName | null {
  const [head, index, leaf] = error.field.split('.');
  switch (head) {
    case 'fullName':
    case 'email':
    case 'loadCap':
      return head;
    case 'region':
      return 'regionCode';
    case 'expertiseNominationIds':
      return 'expertiseNominationIds';
    case 'affiliations': {
      const n = Number(index);
      if (index === undefined || !Number.isInteger(n)) return 'affiliations';
      return leaf === 'name' ? `affiliations.${n}.name` : `affiliations.${n}.inn`;
    }
    default:
      return null;
  }
}
