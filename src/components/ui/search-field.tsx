import { useEffect, useEffectEvent, useId, useState } from 'react';

/** Long enough to skip requests for half-typed words, short enough to feel instant. */
const DEBOUNCE_MS = 300;

interface SearchFieldProps {
  label: string;
  placeholder: string;
  /** Read by screen readers only: how the box applies itself. */
  hint: string;
  className?: string | undefined;
  /** The search of the view in the URL. */
  value: string;
  onSearch: (q: string, options: { replace: boolean }) => void;
}

/**
 * A search box that keeps what is typed locally and sends it after a pause (or on Enter). When the
 * URL changes by other means (Back, a reset) the box follows it; when the change is its own echo it
 * keeps the letters typed since, so a fast typist never loses one.
 */
export function SearchField({ label, placeholder, hint, className, value, onSearch }: SearchFieldProps) {
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
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="field__input"
        value={text}
        placeholder={placeholder}
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
        {hint}
      </p>
    </div>
  );
}
