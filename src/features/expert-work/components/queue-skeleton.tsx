/** Rows of placeholder bars in the table's shape, so the list does not jump when it arrives. */
export function QueueSkeleton({ label, rows = 8 }: { label: string; rows?: number }) {
  return (
    <div className="queue-skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="queue-skeleton__row" aria-hidden="true">
          <span className="skeleton__line queue-skeleton__id" />
          <span className="skeleton__line queue-skeleton__title" />
          <span className="skeleton__line queue-skeleton__cell" />
          <span className="skeleton__line queue-skeleton__cell" />
          <span className="skeleton__line queue-skeleton__badge" />
        </div>
      ))}
    </div>
  );
}
