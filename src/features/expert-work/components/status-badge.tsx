import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '@/api/schemas/sheets';
import { Badge } from '@/components/ui/badge';

type Tone = Parameters<typeof Badge>[0]['tone'];

/** Each status has its own shape as well as colour and words, so colour is never the only signal. */
const LOOK: Record<AssignmentStatus, { tone: Tone; icon: string }> = {
  new: { tone: 'info', icon: '○' },
  draft: { tone: 'warning', icon: '✎' },
  returned: { tone: 'danger', icon: '↺' },
  submitted: { tone: 'success', icon: '✓' },
  recused: { tone: 'neutral', icon: '⊘' },
};

export function StatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  const { tone, icon } = LOOK[status];
  return (
    <Badge tone={tone}>
      <span className="status-badge__icon" aria-hidden="true">
        {icon}
      </span>
      {t(`queue.status.${status}`)}
    </Badge>
  );
}
