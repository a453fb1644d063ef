import { test, expect } from 'vitest';
import { findConflicts, isValidInn, needsSameRegionExpert, normaliseInn } from '@/domain/conflicts';

test('normalising an ИНН keeps only its digits', () => {
  expect(normaliseInn(' ИНН: 7707-083-893 ')).toBe('7707083893');
  expect(normaliseInn('')).toBe('');
});

test('a valid 10-digit organisation ИНН passes the checksum', () => {
  expect(isValidInn('7707083893')).toBe(true);
});

test('a valid 12-digit personal ИНН passes both check digits', () => {
  expect(isValidInn('500100732259')).toBe(true);
});

test('a wrong check digit fails', () => {
  expect(isValidInn('7707083894')).toBe(false);
  expect(isValidInn('500100732258')).toBe(false);
  expect(isValidInn('500100732269')).toBe(false);
});

test('wrong lengths and non-digits fail until normalised', () => {
  expect(isValidInn('770708389')).toBe(false);
  expect(isValidInn('77070838930')).toBe(false);
  expect(isValidInn('7707 083 893')).toBe(false);
  expect(isValidInn(normaliseInn('7707 083 893'))).toBe(true);
  expect(isValidInn('')).toBe(false);
});

const expert = { affiliations: [{ inn: '7707083893' }, { inn: '500100732259' }], regionCode: '77' };

test('an affiliation with the applicant organisation is a conflict however the ИНН is written', () => {
  const application = { organizationInn: '7707 083 893', regionCode: '50' };
  expect(findConflicts({ expert, application, regionRule: 'none' })).toEqual(['sameOrganization']);
});

test('an empty ИНН never matches', () => {
  const check = {
    expert: { affiliations: [{ inn: '' }], regionCode: null },
    application: { organizationInn: ' ', regionCode: null },
  };
  expect(findConflicts({ ...check, regionRule: 'forbidSameRegion' })).toEqual([]);
});

test('the same region is a conflict only when the rule forbids it', () => {
  const application = { organizationInn: '7736207543', regionCode: '77' };
  expect(findConflicts({ expert, application, regionRule: 'forbidSameRegion' })).toEqual(['sameRegion']);
  expect(findConflicts({ expert, application, regionRule: 'none' })).toEqual([]);
  expect(findConflicts({ expert, application, regionRule: 'requireOneSameRegion' })).toEqual([]);
});

test('both conflicts are reported together', () => {
  const application = { organizationInn: '7707083893', regionCode: '77' };
  expect(findConflicts({ expert, application, regionRule: 'forbidSameRegion' })).toEqual([
    'sameOrganization',
    'sameRegion',
  ]);
});

test('region codes that lost a leading zero still match, unknown regions never do', () => {
  const application = { organizationInn: '', regionCode: '07' };
  expect(
    findConflicts({
      expert: { affiliations: [], regionCode: '7' },
      application,
      regionRule: 'forbidSameRegion',
    }),
  ).toEqual(['sameRegion']);
  expect(
    findConflicts({
      expert: { affiliations: [], regionCode: null },
      application,
      regionRule: 'forbidSameRegion',
    }),
  ).toEqual([]);
});

test('a same-region expert is needed until one is assigned', () => {
  const application = { regionCode: '16' };
  expect(needsSameRegionExpert([], application)).toBe(true);
  expect(needsSameRegionExpert([{ regionCode: '77' }, { regionCode: null }], application)).toBe(true);
  expect(needsSameRegionExpert([{ regionCode: '77' }, { regionCode: '16' }], application)).toBe(false);
});

test('an application without a region never asks for a same-region expert', () => {
  expect(needsSameRegionExpert([], { regionCode: null })).toBe(false);
});
