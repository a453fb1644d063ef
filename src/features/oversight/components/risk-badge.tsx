import { useTranslation } from 'react-i18next';
import type { ProgressRow } from '@/api/schemas/coordination';
import { Badge } from '@/components/ui/badge';

type Risk = ProgressRow['deadlineRisk'];

/** A shape per level as well as a colour, so the risk never rests on colour alone. */
const LOOK: Record<Risk, { tone: 'neutral' | 'warning' | 'danger'; icon: string }> = {
  none: { tone: 'neutral', icon: '—' },
  low: { tone: 'warning', icon: '!' },
  high: { tone: 'danger', icon: '!!' },
};

export function RiskBadge({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  const { tone, icon } = LOOK[risk];
  return (
    <Badge tone={tone}>
      <span className="risk-badge__icon" aria-hidden="true">
        {icon}
      </span>
      {t(`oversight.progress.risk.${risk}`)}
    </Badge>
  );
}
