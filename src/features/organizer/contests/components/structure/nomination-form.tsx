import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NominationPatch } from '@/api/schemas/contest-inputs';
import type { Category, Nomination } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useCreateNomination, useUpdateNomination } from '../../mutations';
import { failureText, isConflict } from '../../problems';
import { applyFieldErrors } from '../field-errors';

interface NominationValues {
  title: string;
  description: string;
  categoryId: string;
  /** '' stands for null: the stage's shared set. */
  criteriaSetId: string;
}

const FIELDS = new Set<string>(['title', 'description', 'categoryId', 'criteriaSetId']);

interface NominationFormProps {
  contestId: string;
  categories: readonly Category[];
  nominations: readonly Nomination[];
  sets: readonly CriteriaSet[];
  /** The nomination being edited, or null to create one. */
  nomination: Nomination | null;
  /** The category a new nomination goes into. */
  categoryId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Creates a nomination or edits one: title, description, category and the criteria set it is scored by. */
export function NominationForm(props: NominationFormProps) {
  const { contestId, categories, nominations, sets, nomination, onClose, onSaved } = props;
  const { t } = useTranslation();
  const create = useCreateNomination(contestId);
  const update = useUpdateNomination(contestId);
  const mutation = nomination === null ? create : update;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<NominationValues>({
    defaultValues: {
      title: nomination?.title ?? '',
      description: nomination?.description ?? '',
      categoryId: nomination?.categoryId ?? props.categoryId,
      criteriaSetId: nomination?.criteriaSetId ?? '',
    },
    shouldFocusError: true,
  });

  function onError(error: Error): void {
    applyFieldErrors(t, error, setError, (field) =>
      FIELDS.has(field) ? (field as keyof NominationValues) : null,
    );
    if (isConflict(error, 'frozen')) {
      setError(
        'criteriaSetId',
        { type: 'server', message: t('organizer.contests.structure.nomination.frozenHint') },
        { shouldFocus: true },
      );
    }
  }

  const submit = handleSubmit((values) => {
    if (mutation.isPending) return;
    const body = {
      title: values.title.trim(),
      description: values.description.trim(),
      categoryId: values.categoryId,
      criteriaSetId: values.criteriaSetId === '' ? null : values.criteriaSetId,
    };
    if (nomination === null) {
      create.mutate(body, {
        onSuccess: (created) =>
          onSaved(t('organizer.contests.structure.nomination.created', { title: created.title })),
        onError,
      });
      return;
    }
    const patch: NominationPatch = { ...body };
    if (body.categoryId !== nomination.categoryId) {
      // A moved nomination goes to the end of its new category.
      const inTarget = nominations.filter((n) => n.categoryId === body.categoryId);
      patch.order = inTarget.length === 0 ? 0 : Math.max(...inTarget.map((n) => n.order)) + 1;
    }
    update.mutate(
      { nominationId: nomination.id, patch },
      {
        onSuccess: (saved) =>
          onSaved(t('organizer.contests.structure.nomination.saved', { title: saved.title })),
        onError,
      },
    );
  });

  const error = mutation.error;
  const failure =
    error === null || mutation.isPending
      ? null
      : isConflict(error, 'frozen')
        ? t('organizer.contests.structure.nomination.frozen')
        : failureText(t, error);
  return (
    <form className="contests-form" onSubmit={submit} noValidate>
      <TextField
        label={t('organizer.contests.structure.nomination.name')}
        error={errors.title?.message}
        autoComplete="off"
        {...register('title', {
          validate: (value) => value.trim() !== '' || t('organizer.contests.errors.required'),
          maxLength: { value: 200, message: t('organizer.contests.errors.tooLong', { max: 200 }) },
        })}
      />
      <TextAreaField
        label={t('organizer.contests.structure.nomination.description')}
        hint={t('organizer.contests.structure.nomination.descriptionHint')}
        error={errors.description?.message}
        {...register('description', {
          maxLength: { value: 2000, message: t('organizer.contests.errors.tooLong', { max: 2000 }) },
        })}
      />
      <SelectField
        label={t('organizer.contests.structure.nomination.category')}
        error={errors.categoryId?.message}
        {...register('categoryId')}
      >
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('organizer.contests.structure.nomination.criteriaSet')}
        hint={t('organizer.contests.structure.nomination.criteriaSetHint')}
        error={errors.criteriaSetId?.message}
        {...register('criteriaSetId')}
      >
        <option value="">{t('organizer.contests.structure.nomination.sharedOption')}</option>
        {sets.map((set) => (
          <option key={set.id} value={set.id}>
            {set.title}
          </option>
        ))}
      </SelectField>
      {failure !== null ? (
        <Alert tone="danger" live="assertive">
          {failure}
        </Alert>
      ) : null}
      <div className="contests-dialog-actions">
        <Button variant="secondary" onClick={onClose} disabled={mutation.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" busy={mutation.isPending}>
          {mutation.isPending
            ? t('organizer.contests.structure.nomination.saving')
            : nomination === null
              ? t('organizer.contests.structure.nomination.create')
              : t('organizer.contests.structure.nomination.save')}
        </Button>
      </div>
    </form>
  );
}
