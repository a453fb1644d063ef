import { useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stageWithContestQueryOptions } from '@/api/structure-queries';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import {
  applicationAssignmentsQueryOptions,
  applicationQueryOptions,
  sideBySideQueryOptions,
} from '../queries';
import { ExtraExpertDialog } from './extra-expert-dialog';
import { ReturnSheetDialog } from './return-sheet-dialog';
import { SheetCompareTable } from './sheet-compare-table';

interface SideBySideViewProps {
  stageId: string;
  applicationId: string;
}

/** Settling a divergence: every sheet of the application beside the others, and the two ways to act. */
export function SideBySideView({ stageId, applicationId }: SideBySideViewProps) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(sideBySideQueryOptions(stageId, applicationId));
  const { data: assignments } = useSuspenseQuery(applicationAssignmentsQueryOptions(stageId, applicationId));
  const { data: application } = useSuspenseQuery(applicationQueryOptions(applicationId));
  const { data: stageContext } = useSuspenseQuery(stageWithContestQueryOptions(stageId));
  const settings = stageContext.contest.settings.divergence;
  const [extraOpen, setExtraOpen] = useState(false);
  const [returning, setReturning] = useState<{ sheetId: string; expertName: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const withSheet = new Set(data.sheets.map((s) => s.expert.id));
  const pending = assignments.items
    .filter((a) => a.status !== 'recused' && a.sheetId === null && !withSheet.has(a.expertId))
    .map((a) => a.expertId);

  // The dialog closes and the button that opened it may be gone; the result is where focus goes next.
  function announce(text: string): void {
    setNotice(text);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  return (
    <>
      <div className="sheets-head">
        <div>
          <h2 className="sheets-head__title">{t('oversight.sheets.title', { id: applicationId })}</h2>
          <p className="sheets-head__application">{application.title}</p>
          <p className="oversight-muted">{application.organization.name}</p>
        </div>
        <div className="sheets-head__actions">
          <Link className="btn btn--ghost" to={paths.divergences.href(stageId)}>
            <span aria-hidden="true">←</span> {t('oversight.sheets.back')}
          </Link>
          <Button onClick={() => setExtraOpen(true)}>{t('oversight.sheets.extra')}</Button>
        </div>
      </div>
      <div role="status" className="oversight-notice" tabIndex={-1} ref={noticeRef}>
        {notice === null ? null : <p className="alert alert--success">{notice}</p>}
      </div>
      {data.sheets.length === 0 && pending.length === 0 ? (
        <p className="oversight-muted">{t('oversight.sheets.empty')}</p>
      ) : (
        <SheetCompareTable
          stageId={stageId}
          applicationId={applicationId}
          data={data}
          pendingExpertIds={pending}
          settings={settings ?? { totalSpreadPercent: 30, criterionSpreadPoints: null }}
          onReturn={(sheetId, expertName) => setReturning({ sheetId, expertName })}
        />
      )}
      <ExtraExpertDialog
        open={extraOpen}
        stageId={stageId}
        applicationId={applicationId}
        onClose={() => setExtraOpen(false)}
        onAssigned={(_assignment, name) => {
          setExtraOpen(false);
          announce(t('oversight.sheets.extraDone', { name }));
        }}
      />
      <ReturnSheetDialog
        stageId={stageId}
        target={returning}
        onClose={() => setReturning(null)}
        onReturned={(name) => {
          setReturning(null);
          announce(t('oversight.sheets.returnDone', { name }));
        }}
      />
    </>
  );
}
