import {
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '@/api/schemas/criteria';
import { useQuoteSelection, type QuoteSelection } from './use-quote-selection';

export interface QuoteAnchorHandle {
  /** Opens the criteria menu for the current selection (the "q" key); false when nothing is selected. */
  open: () => boolean;
}

interface QuoteAnchorProps {
  ref: Ref<QuoteAnchorHandle>;
  containerRef: RefObject<HTMLElement | null>;
  criteria: readonly Criterion[];
  enabled: boolean;
  onQuote: (criterionId: string, quote: string) => void;
}

/** Under the selection, kept inside the viewport; `height` is the most the element can take. */
function place(at: QuoteSelection, height: number) {
  const left = Math.max(8, Math.min(at.left, window.innerWidth - 340));
  return { top: Math.max(8, Math.min(at.top + 8, window.innerHeight - height - 8)), left };
}

/** The menu's CSS max-height (55vh). */
const menuHeight = () => window.innerHeight * 0.55;

/** Evidence anchors: select text in the card, then quote it into the chosen criterion's comment. */
export function QuoteAnchor({ ref, containerRef, criteria, enabled, onQuote }: QuoteAnchorProps) {
  const { t } = useTranslation();
  const live = useQuoteSelection(containerRef, enabled);
  // The menu keeps its own copy: choosing an item may clear the page's selection.
  const [frozen, setFrozen] = useState<QuoteSelection | null>(null);
  const firstItem = useRef<HTMLButtonElement>(null);

  useImperativeHandle(ref, () => ({
    open: () => {
      if (live === null) return false;
      setFrozen(live);
      return true;
    },
  }));

  // Moves focus into the menu when it opens, so keyboard users land on the choices.
  useEffect(() => {
    if (frozen !== null) firstItem.current?.focus();
  }, [frozen]);

  if (!enabled || criteria.length === 0) return null;

  if (frozen !== null) {
    const close = () => setFrozen(null);
    const closeOnEscape = (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    };
    return (
      <div
        className="quote-menu"
        role="group"
        aria-labelledby="quote-menu-title"
        style={place(frozen, menuHeight())}
      >
        <p id="quote-menu-title" className="quote-menu__title">
          {t('evaluation.quote.menuLabel')}
        </p>
        <ul className="quote-menu__list">
          {criteria.map((c, i) => (
            <li key={c.id}>
              <button
                ref={i === 0 ? firstItem : undefined}
                type="button"
                className="quote-menu__item"
                onKeyDown={closeOnEscape}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  onQuote(c.id, t('evaluation.quote.format', { quote: frozen.text, field: frozen.field }));
                  document.getSelection()?.removeAllRanges();
                  close();
                }}
              >
                {c.title}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="quote-menu__cancel" onKeyDown={closeOnEscape} onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    );
  }

  if (live === null) return null;
  return (
    <button
      type="button"
      className="quote-button"
      style={place(live, 40)}
      aria-keyshortcuts="q"
      // Keeps the selection alive: a mousedown elsewhere would collapse it before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => setFrozen(live)}
    >
      <span aria-hidden="true">❝ </span>
      {t('evaluation.quote.button')}
    </button>
  );
}
