import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { roundForDisplay } from '@/domain/totals';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { DraftSet } from '../draft';
import { domIdOf, liveMaxTotal } from '../validation';
import type { EditorApi } from './editor-context';

/** The set's title and its live maximum total (Σ weight × max), recomputed on every keystroke. */
export function SetSummary({ draft, api }: { draft: DraftSet; api: EditorApi }) {
  const { t } = useTranslation();
  const total = liveMaxTotal(draft);
  return (
    <div className="cs-summary">
      <TextField
        id={domIdOf('title')}
        className="cs-summary__title"
        label={t('organizer.criteria.editor.setTitle')}
        hint={t('organizer.criteria.editor.setTitleHint')}
        maxLength={300}
        value={draft.title}
        error={api.errorOf('title')}
        onChange={(event) => api.dispatch({ type: 'titleChanged', value: event.target.value })}
      />
      <div className="cs-summary__total" role="group" aria-labelledby="cs-max-total-label">
        <p className="cs-summary__label" id="cs-max-total-label">
          {t('organizer.criteria.editor.maxTotal')}
        </p>
        {/* Not a live region: announcing every keystroke would chatter; it is read with its group. */}
        <p className="cs-summary__value">
          {total === null ? '—' : formatNumber(currentLocale(), roundForDisplay(total))}
        </p>
        <p className="cs-summary__hint">
          {total === null
            ? t('organizer.criteria.editor.maxTotalUnknown')
            : `${t('organizer.criteria.editor.maxTotalHint')} · ${t('organizer.criteria.editor.criteriaCount', { count: draft.criteria.length })}`}
        </p>
      </div>
    </div>
  );
}
