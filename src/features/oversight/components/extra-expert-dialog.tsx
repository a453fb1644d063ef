import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Assignment } from '@/api/schemas/sheets';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { RadioCard } from '@/components/ui/radio-card';
import { useAssignExtraExpert } from '../mutations';
import { eligibleExpertsQueryOptions } from '../queries';

const AUTO = 'auto';

interface ExtraExpertDialogProps {
  open: boolean;
  stageId: string;
  applicationId: string;
  onClose: () => void;
  onAssigned: (assignment: Assignment, expertName: string) => void;
}

/** One more expert: picked automatically by default, or chosen from the pool with every refusal explained. */
export function ExtraExpertDialog({
  open,
  stageId,
  applicationId,
  onClose,
  onAssigned,
}: ExtraExpertDialogProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(AUTO);
  const eligible = useQuery({ ...eligibleExpertsQueryOptions(stageId, applicationId), enabled: open });
  const assign = useAssignExtraExpert(stageId);
  const items = eligible.data?.items ?? [];
  const noneEligible = eligible.isSuccess && !items.some((i) => i.eligible);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    assign.mutate(
      { applicationId, expertId: choice === AUTO ? null : choice },
      {
        onSuccess: (assignment) => {
          const name =
            items.find((i) => i.expert.id === assignment.expertId)?.expert.fullName ?? assignment.expertId;
          setChoice(AUTO);
          onAssigned(assignment, name);
        },
      },
    );
  }

  return (
    <Dialog
      size="md"
      open={open}
      title={t('oversight.extra.title', { id: applicationId })}
      onDismiss={assign.isPending ? undefined : onClose}
    >
      <form className="extra-expert" onSubmit={onSubmit} noValidate>
        <p>{t('oversight.extra.intro')}</p>
        {eligible.isPending ? <p role="status">{t('oversight.extra.loading')}</p> : null}
        {eligible.isError ? (
          <Alert tone="danger" live="assertive" title={t('oversight.extra.failed')} />
        ) : null}
        {noneEligible ? <Alert tone="warning">{t('oversight.extra.noneEligible')}</Alert> : null}
        {eligible.isSuccess ? (
          <fieldset className="extra-expert__choices">
            <legend className="extra-expert__legend">{t('oversight.extra.legend')}</legend>
            <RadioCard
              name="extra-expert"
              value={AUTO}
              title={t('oversight.extra.auto')}
              meta={t('oversight.extra.autoHint')}
              checked={choice === AUTO}
              disabled={noneEligible}
              onChoose={() => setChoice(AUTO)}
            />
            <ul className="extra-expert__list">
              {items.map(({ expert, eligible, reasons }) => (
                <li key={expert.id}>
                  <RadioCard
                    name="extra-expert"
                    value={expert.id}
                    title={expert.fullName}
                    meta={t('oversight.extra.expertMeta', {
                      region: expert.region.name,
                      load: expert.load,
                      cap: expert.loadCap,
                    })}
                    warning={
                      eligible ? null : t('oversight.extra.unavailable', { reasons: reasons.join('; ') })
                    }
                    checked={choice === expert.id}
                    disabled={!eligible}
                    onChoose={() => setChoice(expert.id)}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        {assign.isError ? (
          <Alert tone="danger" live="assertive" title={t('oversight.extra.failed')}>
            {isApiError(assign.error) ? (assign.error.problem?.detail ?? null) : null}
          </Alert>
        ) : null}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onClose} disabled={assign.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" busy={assign.isPending} disabled={!eligible.isSuccess || noneEligible}>
            {assign.isPending ? t('oversight.extra.submitting') : t('oversight.extra.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
