interface SkeletonProps {
  lines?: number;
  /** Announced once to screen readers while the placeholder shows. */
  label: string;
}

/** Placeholder blocks with the rough shape of the content, so nothing jumps when it arrives. */
export function Skeleton({ lines = 3, label }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}

export function SkeletonCards({ count = 3, label }: { count?: number; label: string }) {
  return (
    <div className="card-grid" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="card card--skeleton" aria-hidden="true">
          <span className="skeleton__line skeleton__line--title" />
          <span className="skeleton__line" />
          <span className="skeleton__line skeleton__line--short" />
        </div>
      ))}
    </div>
  );
}
