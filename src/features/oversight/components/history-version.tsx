import { useTranslation } from 'react-i18next';
import type { SheetContent, SheetHistoryEntry } from '@/api/schemas/sheets';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { ContentChange } from '../compare';
import { HistoryCell } from './history-cell';

export interface CriterionLabel {
  id: string;
  title: string;
}

interface HistoryVersionProps {
  entry: SheetHistoryEntry;
  previous: SheetContent | undefined;
  changes: ContentChange;
  criteria: CriterionLabel[];
}

export function HistoryVersion({ entry, previous, changes, criteria }: HistoryVersionProps) {
  const { t } = useTranslation();
  const headingId = `version-${entry.version}-${entry.at}`;
  const show = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? t('oversight.history.empty') : String(value);
  const recommendation = (value: SheetContent['recommendation'] | undefined) =>
    value === null || value === undefined ? null : t(`oversight.sheets.recommend.${value}`);
  return (
    <li className={`history__version history__version--${entry.action}`}>
      <article aria-labelledby={headingId}>
        <h2 className="history__title" id={headingId}>
          {t('oversight.history.version', { version: entry.version })} —{' '}
          <span className="history__action">{t(`oversight.history.actions.${entry.action}`)}</span>
        </h2>
        <p className="history__meta">
          {entry.actor.name} · <time dateTime={entry.at}>{formatDateTime(currentLocale(), entry.at)}</time>
        </p>
        {entry.reason === null ? null : (
          <p className="history__reason">
            <strong>{t('oversight.history.reason')}:</strong> {entry.reason}
          </p>
        )}
        <div className="compare-wrap">
          <table className="history__table">
            <caption className="visually-hidden">
              {t('oversight.history.caption', { version: entry.version })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('oversight.history.criterion')}</th>
                <th scope="col" className="history__score">
                  {t('oversight.history.score')}
                </th>
                <th scope="col">{t('oversight.history.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <HistoryCell
                    className="history__score"
                    value={show(entry.content.scores[c.id])}
                    was={changes.scores.has(c.id) ? show(previous?.scores[c.id]) : null}
                  />
                  <HistoryCell
                    value={show(entry.content.comments[c.id])}
                    was={changes.comments.has(c.id) ? show(previous?.comments[c.id]) : null}
                  />
                </tr>
              ))}
              {entry.content.recommendation !== null || changes.recommendation ? (
                <tr>
                  <th scope="row">{t('oversight.sheets.recommendation')}</th>
                  <HistoryCell
                    colSpan={2}
                    value={show(recommendation(entry.content.recommendation))}
                    was={changes.recommendation ? show(recommendation(previous?.recommendation)) : null}
                  />
                </tr>
              ) : null}
              {entry.content.overallComment !== '' || changes.overallComment ? (
                <tr>
                  <th scope="row">{t('oversight.sheets.overall')}</th>
                  <HistoryCell
                    colSpan={2}
                    value={show(entry.content.overallComment)}
                    was={changes.overallComment ? show(previous?.overallComment) : null}
                  />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </article>
    </li>
  );
}
