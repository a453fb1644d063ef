import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignResult } from '@/api/schemas/assignments';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/text-field';
import { errorText } from '../messages';
import { useCreateAssignments } from '../mutations';
import { ApplicationSearch } from './application-search';
import { AssignResultView } from './assign-result';
import { ExpertPicker } from './expert-picker';

interface AssignDialogProps {
  open: boolean;
  contestId: string;
  stageId: string;
  initialApplicationIds: readonly string[];
  onClose: () => void;
  onDone: (message: string) => void;
}

interface Errors {
  applications?: string;
  expert?: string;
}

const MAX_PAIRS = 5000;

export function splitIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((s) => s !== ''))];
}

/** One or several applications to one expert; refused pairs come back with their reasons. */
export function AssignDialog({
  open,
  contestId,
  stageId,
  initialApplicationIds,
  onClose,
  onDone,
}: AssignDialogProps) {
  const { t } = useTranslation();
  const [ids, setIds] = useState(initialApplicationIds.join(', '));
  const [expertId, setExpertId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<AssignResult | null>(null);
  const idsRef = useRef<HTMLInputElement>(null);
  const expertRef = useRef<HTMLInputElement>(null);
  const create = useCreateAssignments(contestId, stageId);
  const list = splitIds(ids);

  function validate(): Errors {
    const next: Errors = {};
    const bad = list.filter((id) => !/^\d{1,12}$/.test(id));
    if (list.length === 0) next.applications = t('organizer.assignments.assign.applicationsRequired');
    else if (bad.length > 0)
      next.applications = t('organizer.assignments.assign.applicationsInvalid', { values: bad.join(', ') });
    else if (list.length > MAX_PAIRS)
      next.applications = t('organizer.assignments.assign.applicationsTooMany', { max: MAX_PAIRS });
    if (expertId === null) next.expert = t('organizer.assignments.assign.expertRequired');
    return next;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (create.isPending) return;
    const next = validate();
    setErrors(next);
    if (next.applications !== undefined) return idsRef.current?.focus();
    if (next.expert !== undefined || expertId === null) return expertRef.current?.focus();
    create.mutate(
      list.map((applicationId) => ({ applicationId, expertId })),
      {
        onSuccess: (answer) => {
          if (answer.refused.length === 0) {
            onDone(t('organizer.assignments.assign.created', { count: answer.created.length }));
            return;
          }
          // Only what is left to do stays in the field: the organizer picks another expert for it.
          setIds(answer.refused.map((r) => r.applicationId).join(', '));
          setResult(answer);
        },
      },
    );
  }

  return (
    <Dialog
      size="lg"
      open={open}
      title={t('organizer.assignments.assign.title')}
      onDismiss={create.isPending ? undefined : onClose}
    >
      <form className="asg-dialog" onSubmit={onSubmit} noValidate>
        <p className="asg-dialog__intro">{t('organizer.assignments.assign.intro')}</p>
        <TextField
          ref={idsRef}
          label={t('organizer.assignments.assign.applications')}
          hint={t('organizer.assignments.assign.applicationsHint')}
          value={ids}
          error={errors.applications}
          autoComplete="off"
          onChange={(event) => setIds(event.target.value)}
        />
        <ApplicationSearch
          contestId={contestId}
          chosen={list}
          onAdd={(id) => setIds([...list, id].join(', '))}
        />
        <ExpertPicker ref={expertRef} value={expertId} error={errors.expert} onChange={setExpertId} />
        {result === null ? null : <AssignResultView result={result} />}
        {create.isError ? (
          <Alert tone="danger" live="assertive" title={t('organizer.assignments.assign.failed')}>
            {errorText(t, create.error)}
          </Alert>
        ) : null}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onClose} disabled={create.isPending}>
            {result === null
              ? t('organizer.assignments.assign.cancel')
              : t('organizer.assignments.assign.close')}
          </Button>
          <Button type="submit" busy={create.isPending}>
            {create.isPending
              ? t('organizer.assignments.assign.submitting')
              : t('organizer.assignments.assign.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
