import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { altArrowStep } from '../../shared/reorder';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { DraftCriterion } from '../draft';
import { domIdOf } from '../validation';
import { BandList } from './band-list';
import { CommentRuleFields } from './comment-rule-fields';
import { CriterionNumbers } from './criterion-numbers';
import type { EditorApi } from './editor-context';

interface CriterionEditorProps {
  criterion: DraftCriterion;
  index: number;
  count: number;
  api: EditorApi;
  onMove: (key: string, by: -1 | 1) => void;
  onRemove: (key: string) => void;
}

/** One criterion of the set; Alt+↑/↓ anywhere inside it moves it, as the buttons do. */
export function CriterionEditor({ criterion, index, count, api, onMove, onRemove }: CriterionEditorProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const first = index === 0;
  const last = index === count - 1;

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const step = altArrowStep(event);
    if (step === null || api.frozen) return;
    event.preventDefault();
    if ((step < 0 && !first) || (step > 0 && !last)) onMove(criterion.key, step);
  };

  return (
    <li className="cs-criterion">
      {/* Alt+↑/↓ bubble up from the fields and buttons inside; the group itself is not a control. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <fieldset className="cs-criterion__group" id={domIdOf(criterion.key)} onKeyDown={onKeyDown}>
        <legend className="cs-criterion__legend">
          {t('organizer.criteria.criterion.legend', { n })}{' '}
          <span className="cs-criterion__legend-title">
            {'— '}
            {criterion.title.trim() === '' ? t('organizer.criteria.criterion.untitled') : criterion.title}
          </span>
        </legend>
        {api.frozen ? null : (
          <div className="cs-criterion__tools">
            <Button
              variant="secondary"
              size="sm"
              id={`cs-${criterion.key}-up`}
              aria-label={t('organizer.criteria.criterion.moveUpLabel', { n })}
              disabled={first}
              onClick={() => onMove(criterion.key, -1)}
            >
              <span aria-hidden="true">↑</span> {t('organizer.criteria.criterion.moveUp')}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              id={`cs-${criterion.key}-down`}
              aria-label={t('organizer.criteria.criterion.moveDownLabel', { n })}
              disabled={last}
              onClick={() => onMove(criterion.key, 1)}
            >
              <span aria-hidden="true">↓</span> {t('organizer.criteria.criterion.moveDown')}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              className="cs-criterion__remove"
              aria-label={t('organizer.criteria.criterion.removeLabel', { n })}
              disabled={count === 1}
              onClick={() => onRemove(criterion.key)}
            >
              {t('organizer.criteria.criterion.remove')}
            </Button>
          </div>
        )}
        <TextField
          id={domIdOf(`${criterion.key}.title`)}
          label={t('organizer.criteria.criterion.title')}
          maxLength={300}
          value={criterion.title}
          error={api.errorOf(`${criterion.key}.title`)}
          onChange={(event) =>
            api.dispatch({
              type: 'criterionChanged',
              key: criterion.key,
              field: 'title',
              value: event.target.value,
            })
          }
        />
        <TextAreaField
          id={domIdOf(`${criterion.key}.description`)}
          label={t('organizer.criteria.criterion.description')}
          hint={t('organizer.criteria.criterion.descriptionHint')}
          rows={3}
          maxLength={3000}
          value={criterion.description}
          error={api.errorOf(`${criterion.key}.description`)}
          onChange={(event) =>
            api.dispatch({
              type: 'criterionChanged',
              key: criterion.key,
              field: 'description',
              value: event.target.value,
            })
          }
        />
        {api.frozen ? <p className="cs-locked">{t('organizer.criteria.freeze.locked')}</p> : null}
        <CriterionNumbers criterion={criterion} api={api} />
        <CommentRuleFields criterion={criterion} api={api} />
        <BandList criterion={criterion} number={n} api={api} />
      </fieldset>
    </li>
  );
}
