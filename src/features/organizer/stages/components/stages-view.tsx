import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { currentLocale } from '@/i18n/i18n';
import { criteriaSetsQueryOptions, stagesQueryOptions } from '../../shared/queries';
import { contestZoneName, formatContestDateTime } from '../dates';
import { StageDialogs, type OpenDialog } from './stage-dialogs';
import { StageList } from './stage-list';
import '../stages.css';

/** The contest's stages in order, with everything an organizer does to them. */
export function StagesView({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data: stages } = useSuspenseQuery(stagesQueryOptions(contestId));
  const { data: criteriaSets } = useSuspenseQuery(criteriaSetsQueryOptions(contestId));
  const [open, setOpen] = useState<OpenDialog | null>(null);
  // Moves and saves are announced politely; the outcome of advancing stays on screen as a status alert.
  const [announcement, setAnnouncement] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);

  function done(message: string): void {
    setOpen(null);
    setOutcome(null);
    setAnnouncement(message);
  }

  return (
    <section className="stages" aria-labelledby="stages-title">
      <div className="stages__head">
        <div>
          <h2 className="stages__title" id="stages-title">
            {t('organizer.stages.title')}
          </h2>
          <p className="stages__intro">{t('organizer.stages.intro', { zone: contestZoneName(locale) })}</p>
        </div>
        <Button onClick={() => setOpen({ kind: 'create' })}>{t('organizer.stages.create')}</Button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {outcome === null ? null : <Alert tone="success" title={outcome} />}
      {stages.items.length === 0 ? (
        <EmptyState title={t('organizer.stages.empty')} hint={t('organizer.stages.emptyHint')} />
      ) : (
        <StageList
          contestId={contestId}
          stages={stages.items}
          criteriaSets={criteriaSets.items}
          onAction={(stage, action) => setOpen({ kind: action, stageId: stage.id })}
          onAnnounce={setAnnouncement}
        />
      )}
      <StageDialogs
        contestId={contestId}
        open={open}
        stages={stages.items}
        criteriaSets={criteriaSets.items}
        onClose={() => setOpen(null)}
        onSaved={(stage, created) =>
          done(t(created ? 'organizer.stages.created' : 'organizer.stages.saved', { title: stage.title }))
        }
        onExtended={(_stage, extension, expert) =>
          done(
            t(expert === null ? 'organizer.stages.extend.doneAll' : 'organizer.stages.extend.done', {
              who: expert?.fullName ?? '',
              date: formatContestDateTime(locale, extension.until),
              zone: t('organizer.stages.zoneAbbr'),
            }),
          )
        }
        onAdvanced={(advanced, target) => {
          const message =
            advanced === 0
              ? t('organizer.stages.advance.resultNone', { to: target.title })
              : t('organizer.stages.advance.result', { count: advanced, to: target.title });
          done('');
          setOutcome(message);
        }}
      />
    </section>
  );
}
