import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { myStagesQueryOptions } from '../queries';
import { useQueueParams } from '../use-queue-params';
import { QueueFilters } from './queue-filters';
import { QueueProgress } from './queue-progress';
import { QueueResults } from './queue-results';

/** The expert's queue: progress, filters and the list, all driven by the URL. */
export function QueueView() {
  const { t } = useTranslation();
  const { params, view, busy, update, reset } = useQueueParams();
  const stages = useQuery(myStagesQueryOptions()).data?.items ?? [];
  const resultsRef = useRef<HTMLElement>(null);

  // Keyboard users who paged at the bottom continue reading at the top of the new page.
  function goToResults(): void {
    resultsRef.current?.focus();
  }

  return (
    <>
      <a
        href="#queue-results"
        className="skip-inline"
        onClick={(event) => {
          event.preventDefault();
          goToResults();
        }}
      >
        {t('queue.skipToResults')}
      </a>
      <QueueProgress stages={stages} stageId={view.stageId} />
      <QueueFilters view={view} stages={stages} onChange={update} />
      <section
        id="queue-results"
        ref={resultsRef}
        className="queue-results"
        tabIndex={-1}
        aria-label={t('queue.table.caption')}
      >
        <QueueResults
          params={params}
          sortView={view.sort}
          busy={busy}
          onSort={(sort) => update({ sort })}
          onPage={(page) => {
            update({ page });
            goToResults();
          }}
          onReset={() => {
            reset();
            // The reset button goes away with the empty state; focus lands on the list instead of the page.
            goToResults();
          }}
        />
      </section>
    </>
  );
}
