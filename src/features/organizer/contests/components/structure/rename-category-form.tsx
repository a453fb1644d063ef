import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Category } from '@/api/schemas/contests';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useRenameCategory } from '../../mutations';
import { failureText } from '../../problems';
import { applyFieldErrors } from '../field-errors';

interface RenameCategoryFormProps {
  contestId: string;
  category: Category;
  onClose: () => void;
  onRenamed: (title: string) => void;
}

/** Mounted each time the dialog opens, so the field starts from the category's current title. */
export function RenameCategoryForm({ contestId, category, onClose, onRenamed }: RenameCategoryFormProps) {
  const { t } = useTranslation();
  const rename = useRenameCategory(contestId);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ title: string }>({ defaultValues: { title: category.title }, shouldFocusError: true });

  const submit = handleSubmit(({ title }) => {
    if (rename.isPending) return;
    rename.mutate(
      { categoryId: category.id, title: title.trim() },
      {
        onSuccess: (next) => onRenamed(next.title),
        onError: (error) => {
          applyFieldErrors(t, error, setError, (field) => (field === 'title' ? 'title' : null));
        },
      },
    );
  });

  return (
    <form className="contests-form" onSubmit={submit} noValidate>
      <TextField
        label={t('organizer.contests.structure.category.name')}
        error={errors.title?.message}
        autoComplete="off"
        {...register('title', {
          validate: (value) => value.trim() !== '' || t('organizer.contests.errors.required'),
          maxLength: { value: 200, message: t('organizer.contests.errors.tooLong', { max: 200 }) },
        })}
      />
      {rename.isError && !rename.isPending ? (
        <Alert tone="danger" live="assertive">
          {failureText(t, rename.error)}
        </Alert>
      ) : null}
      <div className="contests-dialog-actions">
        <Button variant="secondary" onClick={onClose} disabled={rename.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" busy={rename.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
