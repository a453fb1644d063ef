import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusedPair } from '@/api/schemas/assignments';
import type { Assignment } from '@/api/schemas/sheets';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { errorText, refusalText } from '../messages';
import { useCreateAssignments } from '../mutations';
import { RadioCard } from '@/components/ui/radio-card';
import { eligibleExpertsQueryOptions } from '../queries';
import { useExpertDirectory } from '../use-expert-names';

interface ReassignDialogProps {
  open: boolean;
  contestId: string;
  recusal: Assignment | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

const SHOWN = 20;

/** A replacement for a recused expert, chosen among those the server says may evaluate the application. */
export function ReassignDialog({ open, contestId, recusal, onClose, onDone }: ReassignDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const { byId } = useExpertDirectory();
  const stageId = recusal?.stageId ?? '';
  const applicationId = recusal?.applicationId ?? '';
  const eligible = useQuery({
    ...eligibleExpertsQueryOptions(contestId, stageId, applicationId),
    enabled: open && recusal !== null,
  });
  const create = useCreateAssignments(contestId, stageId);
  const [choice, setChoice] = useState<string | null>(null);
  const [showIneligible, setShowIneligible] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<RefusedPair | null>(null);
  const listRef = useRef<HTMLFieldSetElement>(null);

  const items = eligible.data?.items ?? [];
  const ok = items.filter((i) => i.eligible);
  const notOk = items.filter((i) => !i.eligible);
  const shown = ok.slice(0, SHOWN);
  const recusedName = recusal === null ? '' : (byId.get(recusal.expertId)?.fullName ?? recusal.expertId);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (create.isPending || recusal === null) return;
    if (choice === null) {
      setError(t('organizer.assignments.reassign.chooseRequired'));
      listRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
      return;
    }
    setError(null);
    create.mutate([{ applicationId, expertId: choice }], {
      onSuccess: (answer) => {
        const [first] = answer.refused;
        if (first !== undefined) {
          setRefused(first);
          return;
        }
        onDone(
          t('organizer.assignments.reassign.done', {
            expert: byId.get(choice)?.fullName ?? choice,
            application: applicationId,
          }),
        );
      },
    });
  }

  return (
    <Dialog
      size="lg"
      open={open}
      title={t('organizer.assignments.reassign.title', { application: applicationId })}
      onDismiss={create.isPending ? undefined : onClose}
    >
      <form className="asg-dialog" onSubmit={onSubmit} noValidate>
        {recusal?.recusal ? (
          <p>
            {t('organizer.assignments.reassign.recusal', {
              expert: recusedName,
              reason: [
                t(`organizer.assignments.recused.reasons.${recusal.recusal.reason}`),
                recusal.recusal.text,
              ]
                .filter((s) => s !== '')
                .join(': '),
            })}
          </p>
        ) : null}
        {eligible.isPending ? <p role="status">{t('organizer.assignments.reassign.loading')}</p> : null}
        {eligible.isError ? (
          <Alert tone="danger" live="assertive" title={t('organizer.assignments.reassign.failed')}>
            {errorText(t, eligible.error)}
          </Alert>
        ) : null}
        {eligible.isSuccess && ok.length === 0 ? (
          <Alert tone="warning">{t('organizer.assignments.reassign.noneEligible')}</Alert>
        ) : null}
        {eligible.isSuccess ? (
          <fieldset
            ref={listRef}
            className="asg-picker__choices"
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend className="asg-checklist__legend">{t('organizer.assignments.reassign.legend')}</legend>
            <ul className="asg-picker__list">
              {/* Ineligible experts, when shown, stay listed with the reason and cannot be chosen. */}
              {(showIneligible ? [...shown, ...notOk] : shown).map((item) => (
                <li key={item.expert.id}>
                  <RadioCard
                    name={`${id}-choice`}
                    value={item.expert.id}
                    title={item.expert.fullName}
                    meta={t('organizer.assignments.reassign.expertMeta', {
                      region: item.expert.region.name,
                      load: item.expert.load,
                      cap: item.expert.loadCap,
                    })}
                    warning={
                      item.eligible
                        ? null
                        : t('organizer.assignments.reassign.unavailable', {
                            reasons: item.reasons.join('; '),
                          })
                    }
                    checked={choice === item.expert.id}
                    disabled={!item.eligible}
                    onChoose={() => setChoice(item.expert.id)}
                  />
                </li>
              ))}
            </ul>
            {ok.length > shown.length ? (
              <p className="asg-muted">
                {t('organizer.assignments.assign.expertsMore', { shown: shown.length, total: ok.length })}
              </p>
            ) : null}
            {notOk.length > 0 ? (
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setShowIneligible((v) => !v)}
                aria-expanded={showIneligible}
              >
                {showIneligible
                  ? t('organizer.assignments.reassign.hideIneligible')
                  : t('organizer.assignments.reassign.showIneligible', { count: notOk.length })}
              </Button>
            ) : null}
            {error === null ? null : (
              <p className="field__error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </fieldset>
        ) : null}
        {refused === null ? null : (
          <Alert tone="warning" live="assertive">
            {t('organizer.assignments.reassign.refused', { reason: refusalText(t, refused) })}
          </Alert>
        )}
        {create.isError ? (
          <Alert tone="danger" live="assertive">
            {errorText(t, create.error)}
          </Alert>
        ) : null}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onClose} disabled={create.isPending}>
            {t('organizer.assignments.reassign.cancel')}
          </Button>
          <Button type="submit" busy={create.isPending} disabled={!eligible.isSuccess || ok.length === 0}>
            {create.isPending
              ? t('organizer.assignments.reassign.submitting')
              : t('organizer.assignments.reassign.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
