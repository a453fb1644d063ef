import { useTranslation } from 'react-i18next';
import type { RankingFlag } from '@/api/schemas/coordination';
import { Badge } from '@/components/ui/badge';

const TONES: Record<RankingFlag, 'danger' | 'warning' | 'info' | 'neutral'> = {
  divergent: 'danger',
  incomplete: 'warning',
  tied: 'info',
  recusal: 'neutral',
};

export function FlagBadges({ flags }: { flags: readonly RankingFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <span className="ranking-flags">
      {flags.map((flag) => (
        <Badge key={flag} tone={TONES[flag]}>
          {t(`rankings.flags.${flag}`)}
        </Badge>
      ))}
    </span>
  );
}
