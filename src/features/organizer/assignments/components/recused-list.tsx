import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Stage } from '@/api/schemas/contests';
import type { Assignment } from '@/api/schemas/sheets';
import { Pagination } from '@/components/ui/pagination';
import { contestQueryOptions } from '../../shared/queries';
import { recusedParams } from '../list-params';
import { assignmentsQueryOptions } from '../queries';
import { ReassignDialog } from './reassign-dialog';
import { RecusedRow } from './recused-row';

interface RecusedListProps {
  contestId: string;
  stage: Stage;
  onNotice: (message: string) => void;
}

/** Recusals of the stage, newest first, each with one action: assign a replacement. */
export function RecusedList({ contestId, stage, onNotice }: RecusedListProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = recusedParams(searchParams);
  const { data } = useSuspenseQuery(assignmentsQueryOptions(contestId, stage.id, params));
  const { data: contest } = useSuspenseQuery(contestQueryOptions(contestId));
  const [replacing, setReplacing] = useState<Assignment | null>(null);

  function goTo(page: number): void {
    const next = new URLSearchParams(searchParams);
    if (page > 1) next.set('rpage', String(page));
    else next.delete('rpage');
    setSearchParams(next, { preventScrollReset: true });
  }

  return (
    <section className="asg-section" aria-labelledby="recused-title">
      <h3 className="asg-section__title" id="recused-title">
        {t('organizer.assignments.recused.title')}
      </h3>
      <p className="asg-section__intro">{t('organizer.assignments.recused.intro')}</p>
      {data.total === 0 ? (
        <p className="asg-muted">{t('organizer.assignments.recused.none')}</p>
      ) : (
        <div className="asg-table-wrap">
          <table className="data-table data-table--rows asg-table">
            <caption className="asg-table__caption">
              {t('organizer.assignments.recused.caption')}{' '}
              <span className="asg-table__sub">
                {t('organizer.assignments.list.range', {
                  from: (params.page - 1) * params.pageSize + 1,
                  to: (params.page - 1) * params.pageSize + data.items.length,
                  total: data.total,
                })}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('organizer.assignments.recused.columns.application')}</th>
                <th scope="col">{t('organizer.assignments.recused.columns.expert')}</th>
                <th scope="col">{t('organizer.assignments.recused.columns.reason')}</th>
                <th scope="col">{t('organizer.assignments.recused.columns.at')}</th>
                <th scope="col">{t('organizer.assignments.recused.columns.panel')}</th>
                <th scope="col">{t('organizer.assignments.recused.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((row) => (
                <RecusedRow
                  key={row.id}
                  contestId={contestId}
                  row={row}
                  required={contest.settings.expertsPerApplication}
                  actionable={stage.status !== 'closed'}
                  onReassign={() => setReplacing(row)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={params.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        onPageChange={goTo}
        labels={{
          nav: t('organizer.assignments.recused.pages.nav'),
          previous: t('organizer.assignments.recused.pages.previous'),
          next: t('organizer.assignments.recused.pages.next'),
          page: (page) => t('organizer.assignments.recused.pages.page', { page }),
        }}
      />
      <ReassignDialog
        key={replacing?.id ?? 'closed'}
        open={replacing !== null}
        contestId={contestId}
        recusal={replacing}
        onClose={() => setReplacing(null)}
        onDone={(message) => {
          setReplacing(null);
          onNotice(message);
        }}
      />
    </section>
  );
}
