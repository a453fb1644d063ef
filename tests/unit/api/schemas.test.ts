import { expect, test } from 'vitest';
import { Organization, Problem } from '@/api/schemas/common';
import { AdvanceRequest } from '@/api/schemas/contest-inputs';
import { MethodComparisonQuery, CutlineQuery } from '@/api/schemas/coordination';
import { RecusalRequest } from '@/api/schemas/expert-cabinet';
import { IMPORT_HEADERS, IMPORT_HEADER_FIELDS, ImportRow } from '@/api/schemas/imports';
import { PreconditionFailedProblem } from '@/api/schemas/problems';
import { ContestQuery } from '@/api/schemas/contest-inputs';
import { Sheet } from '@/api/schemas/sheets';

const sheet = {
  id: 'sh-1',
  assignmentId: 'as-1',
  criteriaSetId: 'cs-1',
  criteriaVersion: 2,
  status: 'submitted',
  version: 5,
  scores: { 'cr-1': 8, 'cr-2': 10 },
  comments: { 'cr-1': 'Цель сформулирована, но показатели не измеримы.' },
  recommendation: 'support',
  overallComment: 'Проект актуален для региона.',
  total: 18,
  maxTotal: 20,
  startedAt: '2025-03-01T09:00:00+03:00',
  updatedAt: '2025-03-02T18:30:00Z',
  submittedAt: '2025-03-02T18:30:00Z',
};

test('a complete submitted sheet parses', () => {
  expect(Sheet.parse(sheet)).toEqual(sheet);
});

test('a sheet with an unknown status or a fractional score is rejected', () => {
  expect(Sheet.safeParse({ ...sheet, status: 'approved' }).success).toBe(false);
  expect(Sheet.safeParse({ ...sheet, scores: { 'cr-1': 7.5 } }).success).toBe(false);
});

test('an ИНН must be 10 or 12 digits', () => {
  expect(Organization.safeParse({ name: 'АНО «Добрые соседи»', inn: '7701234567' }).success).toBe(true);
  expect(Organization.safeParse({ name: 'АНО «Добрые соседи»', inn: '770123456' }).success).toBe(false);
  expect(Organization.safeParse({ name: 'АНО «Добрые соседи»', inn: '77012345AB' }).success).toBe(false);
});

test('a validation problem carries its field errors', () => {
  const problem = Problem.parse({
    type: 'urn:expert-cabinet:problem:validation',
    title: 'Данные не прошли проверку',
    status: 422,
    requestId: 'req-1',
    code: 'validation',
    errors: [
      { field: 'comments.cr-1', code: 'tooShort', message: 'Не короче 50 символов', params: { min: 50 } },
    ],
  });
  expect(problem.errors?.[0]?.field).toBe('comments.cr-1');
});

test('a problem without a machine code is rejected', () => {
  expect(
    Problem.safeParse({ type: 'about:blank', title: 'Ошибка', status: 500, requestId: 'r' }).success,
  ).toBe(false);
});

test('a stale-version problem carries the current sheet', () => {
  const body = {
    type: 'urn:expert-cabinet:problem:preconditionFailed',
    title: 'Версия устарела',
    status: 412,
    requestId: 'req-2',
    code: 'preconditionFailed',
    current: sheet,
  };
  expect(PreconditionFailedProblem.parse(body).current.version).toBe(5);
  expect(PreconditionFailedProblem.safeParse({ ...body, current: undefined }).success).toBe(false);
});

test('import rows are keyed by the Russian headers and every header maps to a field', () => {
  expect(ImportRow.safeParse({ ID: '1234567', Название: 'Добрая семья', ИНН: '7701234567' }).success).toBe(
    true,
  );
  expect(ImportRow.safeParse({ Title: 'Добрая семья' }).success).toBe(false);
  expect(Object.keys(IMPORT_HEADER_FIELDS)).toEqual([...IMPORT_HEADERS]);
});

test('sort takes a field or its descending form and nothing else', () => {
  expect(ContestQuery.parse({ sort: '-createdAt' }).sort).toBe('-createdAt');
  expect(ContestQuery.safeParse({ sort: 'status' }).success).toBe(false);
});

test('the method comparison query splits a comma-separated list', () => {
  expect(MethodComparisonQuery.parse({ methods: 'mean,zScore,mean' }).methods).toEqual(['mean', 'zScore']);
  expect(MethodComparisonQuery.safeParse({ methods: 'mean,average' }).success).toBe(false);
});

test('a cut-line needs exactly one of passing score or number of winners', () => {
  expect(CutlineQuery.parse({ passingScore: '72.5' }).passingScore).toBe(72.5);
  expect(CutlineQuery.safeParse({}).success).toBe(false);
  expect(CutlineQuery.safeParse({ passingScore: '70', winners: '10' }).success).toBe(false);
});

test('advancing takes either the top N or a list of applications, not both', () => {
  expect(AdvanceRequest.safeParse({ targetStageId: 'st-2', nominationId: 'n-1', topN: 20 }).success).toBe(
    true,
  );
  expect(AdvanceRequest.safeParse({ targetStageId: 'st-2', applicationIds: ['1001'] }).success).toBe(true);
  expect(AdvanceRequest.safeParse({ targetStageId: 'st-2', topN: 5, applicationIds: ['1001'] }).success).toBe(
    false,
  );
});

test('a recusal for another reason must be explained', () => {
  expect(RecusalRequest.safeParse({ reason: 'affiliation', text: '' }).success).toBe(true);
  const other = RecusalRequest.safeParse({ reason: 'other', text: '  ' });
  expect(other.success).toBe(false);
  expect(other.error?.issues[0]?.path).toEqual(['text']);
});
