import { useTranslation } from 'react-i18next';

/** A rank under another method and how far it moved from the reference rank: «12 ↑3». */
export function RankMove({ rank, from }: { rank: number | null; from: number | null }) {
  const { t } = useTranslation();
  if (rank === null) return <>{t('rankings.compare.unscored')}</>;
  if (from === null || from === rank) {
    return (
      <>
        {rank} <span className="visually-hidden">{t('rankings.compare.same')}</span>
      </>
    );
  }
  const up = rank < from;
  const count = Math.abs(from - rank);
  return (
    <>
      {rank}{' '}
      <span className={up ? 'rank-move rank-move--up' : 'rank-move rank-move--down'} aria-hidden="true">
        {t(up ? 'rankings.compare.up' : 'rankings.compare.down', { count })}
      </span>
      <span className="visually-hidden">
        {t(up ? 'rankings.compare.upLabel' : 'rankings.compare.downLabel', { count })}
      </span>
    </>
  );
}
