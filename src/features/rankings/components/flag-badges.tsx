import type { RankingFlag } from '@/api/schemas/coordination';
import { Badge } from '@/components/ui/badge';

const TONES: Record<RankingFlag, 'danger' | 'warning' | 'info' | 'neutral'> = {
  divergent: 'danger',
  incomplete: 'warning',
  tied: 'info',
  recusal: 'neutral',
};

/** The labels come from the table's RowText, so a badge adds no translation subscription per row. */
export function FlagBadges({
  flags,
  labelOf,
}: {
  flags: readonly RankingFlag[];
  labelOf: (flag: RankingFlag) => string;
}) {
  if (flags.length === 0) return null;
  return (
    <span className="ranking-flags">
      {flags.map((flag) => (
        <Badge key={flag} tone={TONES[flag]}>
          {labelOf(flag)}
        </Badge>
      ))}
    </span>
  );
}
