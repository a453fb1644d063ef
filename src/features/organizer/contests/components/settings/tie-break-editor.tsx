import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TieBreakRule } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type { SettingsValues } from './form-values';
import { TieBreakAdd } from './tie-break-add';
import { criterionTitles, ruleLabel } from './tie-break-labels';
import { TieBreakRow } from './tie-break-row';

/** A rule's error sits on `criterionId` (the only field a rule has), which the union's error type hides. */
function ruleError(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object' || !('criterionId' in node)) return undefined;
  const field = node.criterionId;
  if (field === null || typeof field !== 'object' || !('message' in field)) return undefined;
  return typeof field.message === 'string' ? field.message : undefined;
}

/** The ordered tie-break rules: reordered with buttons or Alt+↑/↓, every change announced. */
export function TieBreakEditor({ sets }: { sets: readonly CriteriaSet[] }) {
  const { t } = useTranslation();
  const {
    control,
    formState: { errors },
  } = useFormContext<SettingsValues>();
  const { fields, move, remove, append } = useFieldArray({ control, name: 'settings.tieBreak' });
  const rules = useWatch({ control, name: 'settings.tieBreak' });
  const [announcement, setAnnouncement] = useState('');
  // Moving a row moves its DOM node, which drops focus; the element to refocus is noted here.
  const focusNext = useRef<string | null>(null);
  const titles = criterionTitles(sets);
  const labelOf = (rule: TieBreakRule | undefined) => (rule === undefined ? '' : ruleLabel(t, rule, titles));

  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    const element = document.getElementById(id);
    element?.focus();
    // A button that kept focus while its row moved is not scrolled to by focus(); the row may be off-screen.
    // (Optional call: jsdom, which the tests run in, has no scrollIntoView.)
    element?.scrollIntoView?.({ block: 'nearest' });
  });

  function onMove(from: number, to: number): void {
    const field = fields[from];
    const rule = labelOf(rules[from]);
    if (field === undefined) return;
    if (to < 0 || to >= fields.length) {
      setAnnouncement(t('organizer.contests.settings.tieBreak.edge', { rule }));
      return;
    }
    move(from, to);
    focusNext.current = `tb-${field.id}-${to < from ? 'up' : 'down'}`;
    setAnnouncement(
      t('organizer.contests.settings.tieBreak.moved', { rule, position: to + 1, count: fields.length }),
    );
  }

  function onRemove(index: number): void {
    const rule = labelOf(rules[index]);
    const neighbour = fields[index + 1] ?? fields[index - 1];
    remove(index);
    focusNext.current = neighbour === undefined ? 'tb-add' : `tb-${neighbour.id}-remove`;
    setAnnouncement(t('organizer.contests.settings.tieBreak.removed', { rule }));
  }

  function onAdd(rule: TieBreakRule): void {
    append(rule);
    setAnnouncement(
      t('organizer.contests.settings.tieBreak.added', { rule: labelOf(rule), position: fields.length + 1 }),
    );
  }

  return (
    <fieldset className="contests-group">
      <legend className="contests-group__legend">{t('organizer.contests.settings.tieBreak.legend')}</legend>
      <p className="field__hint" id="tb-hint">
        {t('organizer.contests.settings.tieBreak.hint')}
      </p>
      {fields.length === 0 ? (
        <p className="contests-muted">{t('organizer.contests.settings.tieBreak.empty')}</p>
      ) : (
        <ol
          className="contests-order-list"
          aria-label={t('organizer.contests.settings.tieBreak.listLabel')}
          aria-describedby="tb-hint"
        >
          {fields.map((field, index) => (
            <TieBreakRow
              key={field.id}
              index={index}
              count={fields.length}
              idPrefix={`tb-${field.id}`}
              label={labelOf(rules[index])}
              error={ruleError(errors.settings?.tieBreak?.[index])}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </ol>
      )}
      {sets.length === 0 ? (
        <p className="contests-muted">{t('organizer.contests.settings.tieBreak.noCriteria')}</p>
      ) : null}
      <TieBreakAdd sets={sets} rules={rules} onAdd={onAdd} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
