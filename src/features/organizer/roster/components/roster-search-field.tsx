import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Long enough to skip requests for half-typed words, short enough to feel instant. */
const DEBOUNCE_MS = 300;

interface RosterSearchFieldProps {
  /** The search of the view in the URL. */
  value: string;
  onSearch: (q: string, options: { replace: boolean }) => void;
}

/**
 * Keeps what is typed locally and sends it to the URL after a pause (or on Enter). When the URL
 * changes by other means (Back, a reset) the box follows it; its own echo does not erase newer letters.
 */
export function RosterSearchField({ value, onSearch }: RosterSearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<string | null>(null);

  if (value !== seen) {
    setSeen(value);
    if (value === sent) setSent(null);
    else setText(value);
  }

  function send(q: string, replace: boolean): void {
    if (q === value) return;
    setSent(q);
    onSearch(q, { replace });
  }
  const sendAfterPause = useEffectEvent(() => send(text.trim(), true));

  // The pending timer is the outside system being synchronised with.
  useEffect(() => {
    const timer = setTimeout(sendAfterPause, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="field roster-filters__search">
      <label className="field__label" htmlFor={id}>
        {t('organizer.roster.filters.search')}
      </label>
      <input
        id={id}
        type="search"
        className="field__input"
        value={text}
        placeholder={t('organizer.roster.filters.searchPlaceholder')}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            send(text.trim(), false);
          }
        }}
      />
      <p className="visually-hidden" id={`${id}-hint`}>
        {t('organizer.roster.filters.searchHint')}
      </p>
    </div>
  );
}
