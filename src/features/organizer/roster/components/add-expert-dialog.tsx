import { useTranslation } from 'react-i18next';
import type { Expert } from '@/api/schemas/experts';
import { Dialog } from '@/components/ui/dialog';
import { EMPTY_EXPERT } from '../expert-values';
import { useCreateExpert } from '../mutations';
import type { ExpertiseGroup } from '../use-expertise-groups';
import { ExpertForm } from './expert-form';

interface AddExpertDialogProps {
  open: boolean;
  groups: readonly ExpertiseGroup[];
  onClose: () => void;
  onAdded: (expert: Expert) => void;
}

export function AddExpertDialog({ open, groups, onClose, onAdded }: AddExpertDialogProps) {
  const { t } = useTranslation();
  const create = useCreateExpert();
  return (
    <Dialog
      size="lg"
      open={open}
      title={t('organizer.roster.add.title')}
      onDismiss={create.isPending ? undefined : onClose}
    >
      <ExpertForm
        defaultValues={EMPTY_EXPERT}
        groups={groups}
        submitLabel={t('organizer.roster.add.submit')}
        onSave={async (input) => onAdded(await create.mutateAsync(input))}
        onCancel={onClose}
      />
    </Dialog>
  );
}
