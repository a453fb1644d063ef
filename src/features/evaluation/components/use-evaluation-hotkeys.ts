import { useEffect, useLayoutEffect, useRef } from 'react';

interface Hotkeys {
  next: () => void;
  prev: () => void;
  help: () => void;
  /** Returns false when there is nothing selected to quote, so the key keeps its default. */
  quote: () => boolean;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date']);

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/**
 * j/k (next/previous application), ? (help) and q (quote the selection). Plain letters work only
 * outside text fields so typing a comment never jumps away; Alt+j/k work anywhere. Physical key
 * codes are used, so the Russian layout (о/л) works the same.
 */
export function useEvaluationHotkeys(handlers: Hotkeys): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  // A document-level listener: the keys must work wherever focus is on the page.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.isComposing) return;
      // An open modal owns the keyboard.
      if (document.querySelector('dialog[open]') !== null) return;
      const typing = isTextField(event.target);
      const move = event.code === 'KeyJ' ? 'next' : event.code === 'KeyK' ? 'prev' : null;
      if (move !== null && (event.altKey || !typing) && !event.shiftKey) {
        event.preventDefault();
        latest.current[move]();
        return;
      }
      if (typing || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        latest.current.help();
      } else if (event.code === 'KeyQ' && !event.shiftKey && latest.current.quote()) {
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
