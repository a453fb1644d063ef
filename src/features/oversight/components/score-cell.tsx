import { useTranslation } from 'react-i18next';

interface ScoreCellProps {
  score: number | null;
  max: number;
  comment: string;
  /** On a row over the threshold, the ends of the spread are named, not only coloured. */
  mark: 'highest' | 'lowest' | null;
}

export function ScoreCell({ score, max, comment, mark }: ScoreCellProps) {
  const { t } = useTranslation();
  return (
    <td className={mark === null ? 'compare__cell' : `compare__cell compare__cell--${mark}`}>
      <p className="compare__score">
        {score === null ? (
          <span className="oversight-muted">{t('oversight.sheets.noScore')}</span>
        ) : (
          <>
            <strong>{score}</strong>{' '}
            <span className="oversight-muted">{t('oversight.sheets.maxScore', { max })}</span>
          </>
        )}
        {mark === null ? null : (
          <span className="compare__mark">
            <span aria-hidden="true">{mark === 'highest' ? '▲ ' : '▼ '}</span>
            {t(`oversight.sheets.${mark}`)}
          </span>
        )}
      </p>
      {comment.trim() === '' ? (
        <p className="compare__comment oversight-muted">{t('oversight.sheets.noComment')}</p>
      ) : (
        <p className="compare__comment">{comment}</p>
      )}
    </td>
  );
}
