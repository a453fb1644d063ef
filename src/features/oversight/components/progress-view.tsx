import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { useSendReminders } from '../mutations';
import { parseProgressSearch, progressSearchOf, type ProgressParams } from '../progress-params';
import { progressQueryOptions } from '../queries';
import { ProgressTable } from './progress-table';
import { ProgressTotals } from './progress-totals';
import { ProgressToggle } from './progress-toggle';

type Notice = { tone: 'success' | 'danger'; text: string } | null;

/** Progress of a stage by nomination or by expert; view, order and page live in the URL. */
export function ProgressView({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const busy = useNavigation().state === 'loading';
  const params = parseProgressSearch(searchParams);
  const { data } = useSuspenseQuery(progressQueryOptions(stageId, params));
  const remind = useSendReminders(stageId);
  const [notice, setNotice] = useState<Notice>(null);
  const [remindingId, setRemindingId] = useState<string | null>(null);

  function update(patch: Partial<ProgressParams>): void {
    setSearchParams(progressSearchOf({ ...params, page: 1, ...patch }), { preventScrollReset: true });
  }

  function send(expertIds: string[] | null): void {
    setNotice(null);
    setRemindingId(expertIds?.[0] ?? null);
    remind.mutate(expertIds, {
      onSuccess: ({ sent }) =>
        setNotice({
          tone: 'success',
          text: sent === 0 ? t('oversight.progress.sentNone') : t('oversight.progress.sent', { count: sent }),
        }),
      onError: () => setNotice({ tone: 'danger', text: t('oversight.progress.sendFailed') }),
      onSettled: () => setRemindingId(null),
    });
  }

  return (
    <>
      <ProgressTotals totals={data.totals} />
      <div className="oversight-toolbar">
        <ProgressToggle by={params.by} onChange={(by) => update({ by })} />
        <div className="oversight-toolbar__end">
          <Button
            variant="secondary"
            busy={remind.isPending && remindingId === null}
            aria-describedby="remind-all-hint"
            onClick={() => send(null)}
          >
            {t('oversight.progress.remindAll')}
          </Button>
          <p className="oversight-toolbar__hint" id="remind-all-hint">
            {t('oversight.progress.remindAllHint')}
          </p>
        </div>
      </div>
      {/* Always mounted, so screen readers announce the result when the text appears. */}
      <div role="status" className="oversight-notice">
        {notice === null ? null : <p className={`alert alert--${notice.tone}`}>{notice.text}</p>}
      </div>
      {data.total === 0 ? (
        <p className="oversight-muted">{t('oversight.progress.empty')}</p>
      ) : (
        <ProgressTable
          data={data}
          by={params.by}
          sort={params.sort}
          busy={busy}
          remindingId={remindingId}
          onSort={(sort) => update({ sort })}
          onRemind={(expertId) => send([expertId])}
        />
      )}
      <Pagination
        page={params.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        onPageChange={(page) => update({ page })}
        labels={{
          nav: t('oversight.progress.pages.nav'),
          previous: t('oversight.progress.pages.previous'),
          next: t('oversight.progress.pages.next'),
          page: (page) => t('oversight.progress.pages.page', { page }),
        }}
      />
    </>
  );
}
