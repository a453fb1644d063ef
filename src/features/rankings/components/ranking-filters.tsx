import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { FLAG_FILTERS, type RankingFlagFilter } from '../ranking-params';

interface RankingFiltersProps {
  q: string;
  flag: RankingFlagFilter | null;
  onSearch: (q: string) => void;
  onFlag: (flag: RankingFlagFilter | null) => void;
}

export function RankingFilters({ q, flag, onSearch, onFlag }: RankingFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  // Back/forward changes the URL under us: the box follows it (derived during render, no effect).
  if (q !== shownQ) {
    setShownQ(q);
    setText(q);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim());
  }
  return (
    <div className="ranking-filters">
      <form role="search" className="ranking-filters__search" onSubmit={submit}>
        <label className="field__label" htmlFor="ranking-search">
          {t('rankings.filters.search')}
        </label>
        <div className="ranking-filters__row">
          <input
            id="ranking-search"
            type="search"
            className="field__input"
            value={text}
            placeholder={t('rankings.filters.searchHint')}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('rankings.filters.search')}
          </Button>
        </div>
      </form>
      <SelectField
        label={t('rankings.filters.flag')}
        value={flag ?? ''}
        onChange={(e) => onFlag(FLAG_FILTERS.find((f) => f === e.target.value) ?? null)}
      >
        <option value="">{t('rankings.filters.all')}</option>
        {FLAG_FILTERS.map((f) => (
          <option key={f} value={f}>
            {t(`rankings.filters.${f}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
