import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Escape and the backdrop call this; omit it for dialogs that must be answered. */
  onDismiss?: () => void;
  /** `sm` for a question, `md` for a short form, `lg` for a form with lists, `xl` for side-by-side content. */
  size?: 'sm' | 'md' | 'lg' | 'xl';
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the rest inert and restores
 * focus on close, which hand-written modals routinely get wrong.
 */
export function Dialog({ open, title, children, onDismiss, size = 'sm' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // Syncs React state with the element's imperative modal API. A layout effect, so the modal state
  // is right before any passive effect runs: content that mounts as the dialog closes (say, the
  // "submitted" heading) can take focus, which the still-open modal would otherwise make inert.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={size === 'sm' ? 'dialog' : `dialog dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss?.();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  );
}
