import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { DraftCriterion } from '../draft';
import { domIdOf } from '../validation';
import type { EditorApi } from './editor-context';

/** Whether the expert must justify a score, and how long the justification must be. */
export function CommentRuleFields({ criterion, api }: { criterion: DraftCriterion; api: EditorApi }) {
  const { t } = useTranslation();
  const modeError = api.errorOf(`${criterion.key}.comment.mode`);
  return (
    <div className="cs-comment-rule">
      <SelectField
        id={domIdOf(`${criterion.key}.comment.mode`)}
        label={t('organizer.criteria.criterion.commentMode')}
        hint={modeError}
        value={criterion.commentMode}
        disabled={api.frozen}
        onChange={(event) =>
          api.dispatch({
            type: 'criterionChanged',
            key: criterion.key,
            field: 'commentMode',
            value: event.target.value,
          })
        }
      >
        <option value="always">{t('organizer.criteria.criterion.commentAlways')}</option>
        <option value="whenBelowMax">{t('organizer.criteria.criterion.commentWhenBelowMax')}</option>
        <option value="never">{t('organizer.criteria.criterion.commentNever')}</option>
      </SelectField>
      <TextField
        id={domIdOf(`${criterion.key}.comment.minLength`)}
        className="cs-field--short"
        label={t('organizer.criteria.criterion.commentMinLength')}
        inputMode="numeric"
        value={criterion.commentMinLength}
        error={api.errorOf(`${criterion.key}.comment.minLength`)}
        disabled={api.frozen || criterion.commentMode === 'never'}
        onChange={(event) =>
          api.dispatch({
            type: 'criterionChanged',
            key: criterion.key,
            field: 'commentMinLength',
            value: event.target.value,
          })
        }
      />
    </div>
  );
}
