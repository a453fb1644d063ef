import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '@/api/schemas/criteria';
import { CriterionCard } from '@/components/criteria/criterion-card';
import { TotalPanel } from '@/components/criteria/total-panel';
import { sheetTotal } from '@/domain/totals';
import type { DraftSet } from '../draft';
import { checkDraft } from '../validation';

const scoreId = (key: string) => `preview-score-${key}`;
const commentId = (key: string) => `preview-comment-${key}`;

/** Enter in a scale moves on, as on the expert's sheet: to its comment, else to the next scale. */
function advance(key: string, keys: readonly string[]): void {
  const comment = document.getElementById(commentId(key));
  if (comment !== null) {
    comment.focus();
    return;
  }
  const next = keys[keys.indexOf(key) + 1];
  const scale = next === undefined ? null : document.getElementById(scoreId(next));
  scale?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
}

/**
 * The draft rendered with the expert's own components (CriterionCard, TotalPanel), so what the
 * organizer sees here is what the expert will get. Scores typed here are a rehearsal, kept nowhere.
 */
export function CriteriaPreview({ draft }: { draft: DraftSet }) {
  const { t } = useTranslation();
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const checked = checkDraft(draft);
  const broken = new Set(
    checked.errors.map((e) => e.address.split('.')[0]).filter((key): key is string => key !== undefined),
  );
  const shown: Criterion[] = [];
  draft.criteria.forEach((c, i) => {
    const input = checked.criteria[i];
    // The criterion's id in the preview is its local key: unsaved criteria have no other.
    if (input !== undefined && !broken.has(c.key)) shown.push({ ...input, id: c.key });
  });
  const keys = shown.map((c) => c.id);
  const total = sheetTotal(scores, shown);

  return (
    <section className="cs-preview" aria-labelledby="cs-preview-heading">
      <h3 id="cs-preview-heading">{t('organizer.criteria.preview.heading')}</h3>
      <p className="field__hint">{t('organizer.criteria.preview.intro')}</p>
      <div className="cs-preview__sheet scoring criteria-sheet">
        <h4 className="cs-preview__sheet-heading">{t('organizer.criteria.preview.sheetHeading')}</h4>
        {draft.criteria.length === 0 ? <p>{t('organizer.criteria.preview.empty')}</p> : null}
        {draft.criteria.map((c, index) => {
          const criterion = shown.find((s) => s.id === c.key);
          if (criterion === undefined) {
            return (
              <p key={c.key} className="cs-preview__broken">
                {t('organizer.criteria.preview.invalid', { n: index + 1 })}
              </p>
            );
          }
          return (
            <CriterionCard
              key={c.key}
              criterion={criterion}
              number={index + 1}
              score={scores[c.key] ?? null}
              comment={comments[c.key] ?? ''}
              domId={`preview-${c.key}`}
              scoreId={scoreId(c.key)}
              commentId={commentId(c.key)}
              scoreError={undefined}
              commentError={undefined}
              readOnly={false}
              onScoreChange={(key, score) => setScores((all) => ({ ...all, [key]: score }))}
              onCommentChange={(key, text) => setComments((all) => ({ ...all, [key]: text }))}
              onEnter={(key) => advance(key, keys)}
            />
          );
        })}
        <div className="cs-preview__footer">
          <TotalPanel total={total} criteriaCount={shown.length} />
        </div>
      </div>
    </section>
  );
}
