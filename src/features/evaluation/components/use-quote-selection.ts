import { useEffect, useState, type RefObject } from 'react';

export interface QuoteSelection {
  text: string;
  /** The card field the selection starts in (its label), so the quote says where it came from. */
  field: string;
  /** Viewport position just under the selection, for the floating button. */
  top: number;
  left: number;
}

/** Long selections are cut: a comment quotes evidence, it does not copy the application. */
const MAX_QUOTE = 1000;

function readSelection(container: HTMLElement): QuoteSelection | null {
  const selection = document.getSelection();
  if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const start =
    range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const field = start?.closest('[data-quote-field]')?.getAttribute('data-quote-field') ?? '';
  // jsdom has no layout; browsers place the button under the selection.
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  return {
    text: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text,
    field,
    top: rect === null ? 0 : rect.bottom,
    left: rect === null ? 0 : rect.left,
  };
}

/** The text currently selected inside `containerRef`, tracked from the document's selection. */
export function useQuoteSelection(containerRef: RefObject<HTMLElement | null>, enabled: boolean) {
  const [selection, setSelection] = useState<QuoteSelection | null>(null);

  // Subscribes to the browser's selection, which lives outside React.
  useEffect(() => {
    const container = containerRef.current;
    if (!enabled || container === null) return;
    const update = () => setSelection(readSelection(container));
    document.addEventListener('selectionchange', update);
    // The button follows its selection when the column (or, stacked, the window) scrolls.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('scroll', update, { capture: true });
      setSelection(null);
    };
  }, [containerRef, enabled]);

  return enabled ? selection : null;
}
