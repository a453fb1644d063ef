/** One line of an event's before/after: a field and its two values (undefined: absent on that side). */
export interface DiffLine {
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changed, field by field. Two objects give only the fields that differ (a stage update stores the
 * whole stage twice; the reader wants the one date that moved). A create or delete lists every field of
 * the side that exists; anything else is one unnamed line.
 */
export function diffLines(before: unknown, after: unknown): DiffLine[] {
  if (isRecord(before) && isRecord(after)) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields
      .filter((field) => !same(before[field], after[field]))
      .map((field) => ({ field, before: before[field], after: after[field] }));
  }
  if (before === null && isRecord(after)) {
    return Object.entries(after).map(([field, value]) => ({ field, before: undefined, after: value }));
  }
  if (after === null && isRecord(before)) {
    return Object.entries(before).map(([field, value]) => ({ field, before: value, after: undefined }));
  }
  if (before === null && after === null) return [];
  return same(before, after) ? [] : [{ field: '', before, after }];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}
