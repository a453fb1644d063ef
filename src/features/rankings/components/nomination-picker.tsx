import { useTranslation } from 'react-i18next';
import type { Nomination } from '@/api/schemas/contests';
import { SelectField } from '@/components/ui/select-field';

interface NominationPickerProps {
  nominations: readonly Nomination[];
  value: string;
  onChange: (nominationId: string) => void;
}

export function NominationPicker({ nominations, value, onChange }: NominationPickerProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('rankings.nomination')}
      value={value}
      className="ranking-nomination"
      onChange={(e) => onChange(e.target.value)}
    >
      {nominations.map((n) => (
        <option key={n.id} value={n.id}>
          {n.title}
        </option>
      ))}
    </SelectField>
  );
}
