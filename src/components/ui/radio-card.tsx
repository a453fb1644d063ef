import { useId, type ReactNode } from 'react';

interface RadioCardProps {
  name: string;
  value: string;
  title: string;
  /** A line under the title (region, load, hint), read with the choice. */
  meta: ReactNode;
  /** Why the choice is not available; set together with `disabled`. */
  warning?: string | null;
  checked: boolean;
  disabled?: boolean;
  onChoose: () => void;
}

/** One choice of a radio list shown as a card: a title, what to know about it and, if unavailable, why. */
export function RadioCard({
  name,
  value,
  title,
  meta,
  warning = null,
  checked,
  disabled = false,
  onChoose,
}: RadioCardProps) {
  const metaId = useId();
  return (
    <label className={disabled ? 'radio-card radio-card--off' : 'radio-card'}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-describedby={metaId}
        onChange={onChoose}
      />
      <span className="radio-card__title">{title}</span>
      <span className="radio-card__meta" id={metaId}>
        {meta}
        {warning === null ? null : <span className="radio-card__warning">{warning}</span>}
      </span>
    </label>
  );
}
