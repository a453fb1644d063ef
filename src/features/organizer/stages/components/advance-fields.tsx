import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nomination, Stage } from '@/api/schemas/contests';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { AdvanceDraft } from '../advance-request';

interface AdvanceFieldsProps {
  draft: AdvanceDraft;
  onChange: (draft: AdvanceDraft) => void;
  targets: readonly Stage[];
  nominations: readonly Nomination[];
  errors: {
    target?: string | undefined;
    topN?: string | undefined;
    nomination?: string | undefined;
    ids?: string | undefined;
  };
  topNRef: RefObject<HTMLInputElement | null>;
  idsRef: RefObject<HTMLTextAreaElement | null>;
}

/** Where to, and which applications: the top N of the ranking or a pasted shortlist. */
export function AdvanceFields({
  draft,
  onChange,
  targets,
  nominations,
  errors,
  topNRef,
  idsRef,
}: AdvanceFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AdvanceDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <SelectField
        label={t('organizer.stages.advance.target')}
        value={draft.targetStageId}
        onChange={(event) => set({ targetStageId: event.target.value })}
      >
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.title}
          </option>
        ))}
      </SelectField>
      {errors.target ? <p className="field__error">{errors.target}</p> : null}
      <fieldset className="stage-form__choice">
        <legend className="field__label">{t('organizer.stages.advance.mode')}</legend>
        <label className="stage-form__radio">
          <input
            type="radio"
            name="advance-mode"
            checked={draft.mode === 'top'}
            onChange={() => set({ mode: 'top' })}
          />
          {t('organizer.stages.advance.modeTop')}
        </label>
        <label className="stage-form__radio">
          <input
            type="radio"
            name="advance-mode"
            checked={draft.mode === 'list'}
            onChange={() => set({ mode: 'list' })}
          />
          {t('organizer.stages.advance.modeList')}
        </label>
      </fieldset>
      {draft.mode === 'top' ? (
        <div className="stage-form__row">
          <TextField
            ref={topNRef}
            label={t('organizer.stages.advance.topN')}
            hint={t('organizer.stages.advance.topNHint')}
            inputMode="numeric"
            autoComplete="off"
            error={errors.topN}
            value={draft.topN}
            onChange={(event) => set({ topN: event.target.value })}
          />
          <SelectField
            label={t('organizer.stages.advance.nomination')}
            error={errors.nomination}
            value={draft.nominationId}
            onChange={(event) => set({ nominationId: event.target.value })}
          >
            <option value="">{t('organizer.stages.advance.allNominations')}</option>
            {nominations.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}
              </option>
            ))}
          </SelectField>
        </div>
      ) : (
        <TextAreaField
          ref={idsRef}
          label={t('organizer.stages.advance.ids')}
          hint={t('organizer.stages.advance.idsHint')}
          error={errors.ids}
          value={draft.ids}
          onChange={(event) => set({ ids: event.target.value })}
        />
      )}
    </>
  );
}
