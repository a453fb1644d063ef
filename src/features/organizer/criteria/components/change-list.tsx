import { useTranslation } from 'react-i18next';
import type { CriterionChange } from '../version-diff';

/** What one version changed, criterion by criterion, in words. */
export function ChangeList({ changes }: { changes: readonly CriterionChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <ul className="cs-changes">
      {changes.map((change, index) => (
        <li key={`${change.kind}-${index}`}>
          {t(`organizer.criteria.change.${change.kind}`, { title: change.title, from: change.from ?? '' })}
        </li>
      ))}
    </ul>
  );
}
