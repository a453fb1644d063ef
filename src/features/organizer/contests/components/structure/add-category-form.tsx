import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useCreateCategory } from '../../mutations';
import { failureText } from '../../problems';
import { applyFieldErrors } from '../field-errors';

interface AddCategoryFormProps {
  contestId: string;
  onAdded: (title: string) => void;
}

export function AddCategoryForm({ contestId, onAdded }: AddCategoryFormProps) {
  const { t } = useTranslation();
  const create = useCreateCategory(contestId);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<{ title: string }>({ defaultValues: { title: '' }, shouldFocusError: true });

  const submit = handleSubmit(({ title }) => {
    if (create.isPending) return;
    create.mutate(title.trim(), {
      onSuccess: (category) => {
        reset({ title: '' }, { keepFieldsRef: true });
        onAdded(category.title);
      },
      onError: (error) => {
        applyFieldErrors(t, error, setError, (field) => (field === 'title' ? 'title' : null));
      },
    });
  });

  return (
    <form className="contests-add-row" onSubmit={submit} noValidate>
      <TextField
        label={t('organizer.contests.structure.newCategory')}
        error={errors.title?.message}
        autoComplete="off"
        {...register('title', {
          validate: (value) => value.trim() !== '' || t('organizer.contests.errors.required'),
          maxLength: { value: 200, message: t('organizer.contests.errors.tooLong', { max: 200 }) },
        })}
      />
      <Button type="submit" busy={create.isPending}>
        {create.isPending
          ? t('organizer.contests.structure.adding')
          : t('organizer.contests.structure.addCategory')}
      </Button>
      {create.isError && !create.isPending ? (
        <Alert tone="danger" live="assertive">
          {failureText(t, create.error)}
        </Alert>
      ) : null}
    </form>
  );
}
