import { useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Stage } from '@/api/schemas/contests';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { nominationsQueryOptions } from '../../shared/queries';
import {
  draftProblem,
  parseIds,
  parseTopN,
  refusedIds,
  toRequest,
  type AdvanceDraft,
} from '../advance-request';
import { useAdvanceStage } from '../mutations';
import { failureMessage, fieldErrorsOf, messagesByField } from '../problems';
import { AdvanceFields } from './advance-fields';

interface AdvancePanelProps {
  contestId: string;
  stage: Stage;
  targets: readonly Stage[];
  onCancel: () => void;
  onDone: (advanced: number, target: Stage) => void;
}

type Errors = { target?: string; topN?: string; nomination?: string; ids?: string };

/** Two steps: choose, then read exactly what will happen and confirm. Nothing moves before the second. */
export function AdvancePanel({ contestId, stage, targets, onCancel, onDone }: AdvancePanelProps) {
  const { t } = useTranslation();
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const advance = useAdvanceStage(contestId);
  const [draft, setDraft] = useState<AdvanceDraft>({
    targetStageId: targets[0]?.id ?? '',
    mode: 'top',
    topN: '',
    nominationId: '',
    ids: '',
  });
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [errors, setErrors] = useState<Errors>({});
  const topNRef = useRef<HTMLInputElement>(null);
  const idsRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const target = targets.find((s) => s.id === draft.targetStageId) ?? targets[0];

  function showErrors(found: Errors): void {
    setErrors(found);
    setStep('choose');
    // After the step switch renders, the first wrong field takes focus.
    requestAnimationFrame(() => {
      if (found.topN !== undefined) topNRef.current?.focus();
      else if (found.ids !== undefined) idsRef.current?.focus();
    });
  }

  function onNext(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const problem = draftProblem(draft);
    if (problem === 'topN') return showErrors({ topN: t('organizer.stages.advance.topNInvalid') });
    if (problem === 'idsRequired') return showErrors({ ids: t('organizer.stages.advance.idsRequired') });
    if (problem === 'idsTooMany')
      return showErrors({ ids: t('organizer.stages.advance.idsTooMany', { max: 50000 }) });
    setErrors({});
    setStep('confirm');
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function onConfirm(): void {
    const request = toRequest(draft);
    if (request === null || target === undefined || advance.isPending) return;
    advance.mutate(
      { stageId: stage.id, request },
      {
        onSuccess: (result) => onDone(result.advanced, target),
        onError: (error) => {
          if (!isApiError(error) || error.status !== 422) return;
          const refused = refusedIds(
            request,
            fieldErrorsOf(error).map((e) => e.field),
          );
          const byField = messagesByField(t, error);
          showErrors({
            target: byField.get('targetStageId'),
            nomination: byField.get('nominationId'),
            topN: byField.get('topN'),
            ids:
              refused.length > 0
                ? t('organizer.stages.advance.notInStage', {
                    count: refused.length,
                    ids: refused.join(', '),
                    from: stage.title,
                  })
                : byField.get('applicationIds'),
          });
        },
      },
    );
  }

  if (target === undefined) {
    return <Alert tone="warning" title={t('organizer.stages.advance.noTarget')} />;
  }

  const failure = advance.isError && !(isApiError(advance.error) && advance.error.status === 422);
  const failureText = !failure
    ? null
    : isApiError(advance.error) && advance.error.status === 409
      ? t('organizer.stages.advance.targetClosed')
      : failureMessage(t, advance.error);

  if (step === 'confirm') {
    const nomination = nominations.items.find((n) => n.id === draft.nominationId);
    const scope =
      nomination === undefined
        ? t('organizer.stages.advance.scopeEach')
        : t('organizer.stages.advance.scopeOne', { title: nomination.title });
    const ids = parseIds(draft.ids);
    const text =
      draft.mode === 'top'
        ? t('organizer.stages.advance.confirmTop', {
            count: parseTopN(draft.topN) ?? 0,
            scope,
            from: stage.title,
            to: target.title,
          })
        : t('organizer.stages.advance.confirmList', {
            count: ids.length,
            ids: ids.slice(0, 20).join(', ') + (ids.length > 20 ? '…' : ''),
            from: stage.title,
            to: target.title,
          });
    return (
      <div className="stage-form">
        <p className="advance-confirm" ref={confirmRef} tabIndex={-1}>
          {text}
        </p>
        {failureText === null ? null : <Alert tone="danger" live="assertive" title={failureText} />}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={() => setStep('choose')} disabled={advance.isPending}>
            {t('organizer.stages.advance.back')}
          </Button>
          <Button onClick={onConfirm} busy={advance.isPending} disabled={advance.isPending}>
            {advance.isPending ? t('organizer.stages.advance.saving') : t('organizer.stages.advance.confirm')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className="stage-form" onSubmit={onNext} noValidate>
      <AdvanceFields
        draft={draft}
        onChange={setDraft}
        targets={targets}
        nominations={nominations.items}
        errors={errors}
        topNRef={topNRef}
        idsRef={idsRef}
      />
      <div className="dialog__actions">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit">{t('organizer.stages.advance.next')}</Button>
      </div>
    </form>
  );
}
