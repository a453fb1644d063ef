import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Criterion } from '@/api/schemas/criteria';
import type { SheetContent } from '@/api/schemas/sheets';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { DraftConflict } from '../draft/types';

interface VersionProps {
  score: number | null;
  max: number;
  /** null: the same on both sides, not repeated, so the differences stand out. */
  comment: string | null;
}

function Version({ score, max, comment }: VersionProps) {
  const { t } = useTranslation();
  return (
    <>
      <strong className="conflict__score">
        {score === null ? t('evaluation.conflict.noScore') : t('evaluation.form.scoreValue', { score, max })}
      </strong>
      {comment === null || comment.trim() === '' ? null : (
        <span className="conflict__comment">{comment}</span>
      )}
    </>
  );
}

function differs(mine: SheetContent, theirs: SheetContent, id: string): boolean {
  return (
    (mine.scores[id] ?? null) !== (theirs.scores[id] ?? null) ||
    (mine.comments[id] ?? '').trim() !== (theirs.comments[id] ?? '').trim()
  );
}

/** A 412: both versions side by side, never a silent overwrite; the expert chooses which one stays. */
export function ConflictDialog({
  conflict,
  criteria,
}: {
  conflict: DraftConflict | null;
  criteria: readonly Criterion[];
}) {
  const { t } = useTranslation();
  if (conflict === null) return null;
  const { mine, theirs } = conflict;
  const recommendation = (value: SheetContent['recommendation']) =>
    value === null ? '—' : t(`evaluation.form.${value}`);
  return (
    <Dialog open size="xl" title={t('evaluation.conflict.title')}>
      <div className="conflict">
        <p>{t('evaluation.conflict.intro')}</p>
        <div className="conflict__scroll">
          <table className="conflict__table">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.conflict.criterion')}</th>
                <th scope="col">{t('evaluation.conflict.mine')}</th>
                <th scope="col">
                  {t('evaluation.conflict.theirs')}
                  <span className="conflict__when">
                    {t('evaluation.conflict.savedAt', {
                      date: formatDateTime(currentLocale(), theirs.updatedAt),
                    })}
                  </span>
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c, i) => {
                const diff = differs(mine, theirs, c.id);
                return (
                  <tr key={c.id} className={diff ? 'conflict__row--diff' : undefined}>
                    <th scope="row">
                      {i + 1}. {c.title}
                      {diff ? (
                        <span className="conflict__diff">{t('evaluation.conflict.different')}</span>
                      ) : null}
                    </th>
                    <td>
                      <Version
                        score={mine.scores[c.id] ?? null}
                        max={c.scaleMax}
                        comment={diff ? (mine.comments[c.id] ?? '') : null}
                      />
                    </td>
                    <td>
                      <Version
                        score={theirs.scores[c.id] ?? null}
                        max={c.scaleMax}
                        comment={diff ? (theirs.comments[c.id] ?? '') : null}
                      />
                    </td>
                  </tr>
                );
              })}
              <tr>
                <th scope="row">{t('evaluation.conflict.recommendation')}</th>
                <td>{recommendation(mine.recommendation)}</td>
                <td>{recommendation(theirs.recommendation)}</td>
              </tr>
              <tr>
                <th scope="row">{t('evaluation.conflict.overallComment')}</th>
                <td className="conflict__comment">{mine.overallComment || '—'}</td>
                <td className="conflict__comment">{theirs.overallComment || '—'}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <div className="dialog__actions">
          <Button variant="secondary" onClick={() => conflict.resolve('theirs')}>
            {t('evaluation.conflict.takeTheirs')}
          </Button>
          <Button onClick={() => conflict.resolve('mine')}>{t('evaluation.conflict.keepMine')}</Button>
        </div>
      </div>
    </Dialog>
  );
}
