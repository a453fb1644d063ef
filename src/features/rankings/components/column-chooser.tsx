import { useTranslation } from 'react-i18next';
import { defaultVisible, type RankingColumn } from '../columns';
import { columnToggled, columnsReset, useColumnVisibility } from '../store';
import { useColumnLabel } from './ranking-head';

/** A disclosure with a checkbox per column; rank and ID are always shown, so they are not listed. */
export function ColumnChooser({ columns }: { columns: readonly RankingColumn[] }) {
  const { t } = useTranslation();
  const choices = useColumnVisibility();
  const label = useColumnLabel();
  const optional = columns.filter((c) => c.id !== 'rank' && c.id !== 'id');
  const fixed = optional.filter((c) => c.kind === 'fixed');
  const criteria = optional.filter((c) => c.kind === 'criterion');
  const box = (column: RankingColumn) => (
    <label key={column.id} className="column-chooser__item">
      <input
        type="checkbox"
        checked={choices[column.id] ?? defaultVisible(column)}
        onChange={(e) => columnToggled(column.id, e.target.checked)}
      />
      <span>{label(column)}</span>
    </label>
  );
  return (
    <details className="column-chooser">
      <summary className="btn btn--secondary btn--sm">{t('rankings.chooser.button')}</summary>
      <div className="column-chooser__menu">
        <fieldset>
          <legend>{t('rankings.chooser.title')}</legend>
          {fixed.map(box)}
        </fieldset>
        {criteria.length > 0 ? (
          <fieldset>
            <legend>{t('rankings.chooser.criteria')}</legend>
            {criteria.map(box)}
          </fieldset>
        ) : null}
        <button type="button" className="btn btn--ghost btn--sm" onClick={columnsReset}>
          {t('rankings.chooser.reset')}
        </button>
      </div>
    </details>
  );
}
