import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContestKind } from '@/api/schemas/contests';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { paths } from '@/config/paths';
import { useCreateContest } from '../../mutations';
import { failureText } from '../../problems';
import { applyFieldErrors } from '../field-errors';
import { RadioGroup } from '../radio-group';

interface CreateValues {
  title: string;
  kind: ContestKind;
  description: string;
}

const EMPTY: CreateValues = { title: '', kind: 'grant', description: '' };
const FIELDS = new Set<string>(['title', 'kind', 'description']);

/** A new contest needs only a title and a kind; everything else is set on its settings page next. */
export function CreateContestDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContest();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<CreateValues>({ defaultValues: EMPTY, shouldFocusError: true });

  function close(): void {
    reset(EMPTY, { keepFieldsRef: true });
    create.reset();
    onClose();
  }

  const submit = handleSubmit((values) => {
    // The button stays focusable while busy (it announces it), so a second press must be ignored here.
    if (create.isPending) return;
    create.mutate(
      { title: values.title.trim(), kind: values.kind, description: values.description.trim() },
      {
        onSuccess: (contest) => {
          void navigate(paths.organizerContest.href(contest.id), { state: { created: contest.title } });
        },
        onError: (error) => {
          applyFieldErrors(t, error, setError, (field) =>
            FIELDS.has(field) ? (field as keyof CreateValues) : null,
          );
        },
      },
    );
  });

  const failure = create.error === null ? null : failureText(t, create.error);
  return (
    <Dialog
      open={open}
      title={t('organizer.contests.create.title')}
      onDismiss={create.isPending ? undefined : close}
    >
      <form className="contests-form" onSubmit={submit} noValidate>
        <TextField
          label={t('organizer.contests.create.name')}
          hint={t('organizer.contests.create.nameHint')}
          error={errors.title?.message}
          autoComplete="off"
          {...register('title', {
            validate: (value) => value.trim() !== '' || t('organizer.contests.errors.required'),
            maxLength: { value: 300, message: t('organizer.contests.errors.tooLong', { max: 300 }) },
          })}
        />
        <RadioGroup
          legend={t('organizer.contests.create.kind')}
          error={errors.kind?.message}
          inputProps={register('kind')}
          options={[
            {
              value: 'grant',
              label: t('organizer.contests.create.kinds.grant'),
              hint: t('organizer.contests.create.kinds.grantHint'),
            },
            {
              value: 'prize',
              label: t('organizer.contests.create.kinds.prize'),
              hint: t('organizer.contests.create.kinds.prizeHint'),
            },
          ]}
        />
        <TextAreaField
          label={t('organizer.contests.create.description')}
          hint={t('organizer.contests.create.descriptionHint')}
          error={errors.description?.message}
          {...register('description', {
            maxLength: { value: 5000, message: t('organizer.contests.errors.tooLong', { max: 5000 }) },
          })}
        />
        {failure ? (
          <Alert tone="danger" live="assertive">
            {failure}
          </Alert>
        ) : null}
        <div className="contests-dialog-actions">
          <Button variant="secondary" onClick={close} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" busy={create.isPending}>
            {create.isPending
              ? t('organizer.contests.create.submitting')
              : t('organizer.contests.create.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
