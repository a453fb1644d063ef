import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { QUEUE_SORTS, type QueueSort } from '../queue-params';

export function QueueSortSelect({ value, onSort }: { value: QueueSort; onSort: (sort: QueueSort) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      className="queue-sort"
      label={t('queue.filters.sort')}
      value={value}
      onChange={(event) => {
        const sort = QUEUE_SORTS.find((s) => s === event.target.value);
        if (sort !== undefined) onSort(sort);
      }}
    >
      {QUEUE_SORTS.map((sort) => (
        <option key={sort} value={sort}>
          {t(`queue.sort.${sort}`)}
        </option>
      ))}
    </SelectField>
  );
}
