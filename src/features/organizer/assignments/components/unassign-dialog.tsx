import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Assignment } from '@/api/schemas/sheets';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { errorText } from '../messages';
import { useUnassign, type UnassignOutcome } from '../mutations';
import { useExpertDirectory } from '../use-expert-names';

interface UnassignDialogProps {
  open: boolean;
  contestId: string;
  stageId: string;
  rows: readonly Assignment[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Confirms a withdrawal (one or many) and reports the ones the server kept, each with why. */
export function UnassignDialog({ open, contestId, stageId, rows, onClose, onDone }: UnassignDialogProps) {
  const { t } = useTranslation();
  const { byId } = useExpertDirectory();
  const unassign = useUnassign(contestId, stageId);
  const nameOf = (a: Assignment) =>
    byId.get(a.expertId)?.fullName ?? t('organizer.assignments.list.unknownExpert', { id: a.expertId });
  // A recusal is the record of a conflict of interest: withdrawing it would let the expert be assigned again.
  const recused = rows.filter((r) => r.status === 'recused');
  const withdrawable = rows.filter((r) => r.status !== 'recused');
  const outcomes = unassign.data;
  const failed = outcomes?.filter((o) => o.error !== null) ?? [];
  const done = outcomes === undefined ? 0 : outcomes.length - failed.length;
  const [single] = rows;

  function reasonOf(outcome: UnassignOutcome): string {
    const { error } = outcome;
    if (isApiError(error) && error.code === 'submitted') return t('organizer.assignments.unassign.submitted');
    if (isApiError(error) && error.status === 404) return t('organizer.assignments.unassign.gone');
    return errorText(t, error);
  }

  function onConfirm(): void {
    unassign.mutate(withdrawable, {
      onSuccess: (result) => {
        const ok = result.filter((o) => o.error === null).length;
        if (ok === result.length && recused.length === 0)
          onDone(t('organizer.assignments.unassign.done', { count: ok }));
      },
    });
  }

  const title =
    rows.length === 1
      ? t('organizer.assignments.unassign.titleOne')
      : t('organizer.assignments.unassign.titleMany', { count: rows.length });
  const finished = outcomes !== undefined;

  return (
    <Dialog open={open} size="lg" title={title} onDismiss={unassign.isPending ? undefined : onClose}>
      <div className="asg-dialog">
        {rows.length === 1 && single !== undefined ? (
          <p>
            {t('organizer.assignments.unassign.one', {
              application: single.applicationId,
              expert: nameOf(single),
            })}
          </p>
        ) : null}
        <p>{t('organizer.assignments.unassign.warning')}</p>
        {finished && done > 0 ? (
          <Alert tone="success">{t('organizer.assignments.unassign.done', { count: done })}</Alert>
        ) : null}
        {finished && failed.length + recused.length > 0 ? (
          <Alert
            tone="warning"
            live="assertive"
            title={t('organizer.assignments.unassign.refusedTitle', {
              count: failed.length + recused.length,
            })}
          >
            <ul className="asg-refused">
              {failed.map((o) => (
                <li key={o.assignment.id}>
                  {t('organizer.assignments.unassign.refusedItem', {
                    application: o.assignment.applicationId,
                    expert: nameOf(o.assignment),
                    reason: reasonOf(o),
                  })}
                </li>
              ))}
              {recused.map((a) => (
                <li key={a.id}>
                  {t('organizer.assignments.unassign.refusedItem', {
                    application: a.applicationId,
                    expert: nameOf(a),
                    reason: t('organizer.assignments.unassign.recusedKept'),
                  })}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {unassign.isError ? (
          <Alert tone="danger" live="assertive">
            {errorText(t, unassign.error)}
          </Alert>
        ) : null}
        <div className="dialog__actions">
          {finished ? (
            <Button
              onClick={() =>
                done > 0 ? onDone(t('organizer.assignments.unassign.done', { count: done })) : onClose()
              }
            >
              {t('organizer.assignments.unassign.close')}
            </Button>
          ) : (
            <>
              <Button variant="secondary" onClick={onClose} disabled={unassign.isPending}>
                {t('organizer.assignments.unassign.cancel')}
              </Button>
              <Button
                variant="danger"
                busy={unassign.isPending}
                disabled={unassign.isPending}
                onClick={onConfirm}
              >
                {unassign.isPending
                  ? t('organizer.assignments.unassign.confirming')
                  : t('organizer.assignments.unassign.confirm')}
              </Button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
