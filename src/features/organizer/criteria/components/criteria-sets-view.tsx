import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { criteriaSetsQueryOptions, nominationsQueryOptions, stagesQueryOptions } from '../../shared/queries';
import { NEW_SET_ID } from '../use-criteria-editor';
import { CriteriaSetRow } from './criteria-set-row';
import '../criteria.css';

/** The contest's criteria sets: what each holds, whether it is frozen and why, and who uses it. */
export function CriteriaSetsView({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const { data: sets } = useSuspenseQuery(criteriaSetsQueryOptions(contestId));
  const { data: stages } = useSuspenseQuery(stagesQueryOptions(contestId));
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const createLink = (
    <Link className="btn btn--primary" to={paths.organizerCriteriaSet.href(contestId, NEW_SET_ID)}>
      {t('organizer.criteria.list.create')}
    </Link>
  );
  return (
    <section className="cs-sets" aria-labelledby="cs-sets-heading">
      <div className="cs-sets__head">
        <div>
          <h2 id="cs-sets-heading" className="cs-sets__heading">
            {t('organizer.criteria.list.heading')}
          </h2>
          <p className="cs-sets__intro">{t('organizer.criteria.list.intro')}</p>
        </div>
        {sets.items.length === 0 ? null : createLink}
      </div>
      {sets.items.length === 0 ? (
        <EmptyState
          title={t('organizer.criteria.list.emptyTitle')}
          hint={t('organizer.criteria.list.emptyHint')}
          action={createLink}
        />
      ) : (
        <div className="data-table-wrap cs-table-wrap">
          <table className="data-table cs-table">
            <caption className="visually-hidden">{t('organizer.criteria.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organizer.criteria.list.colTitle')}</th>
                <th scope="col" className="cs-num">
                  {t('organizer.criteria.list.colVersion')}
                </th>
                <th scope="col" className="cs-num">
                  {t('organizer.criteria.list.colCriteria')}
                </th>
                <th scope="col" className="cs-num">
                  {t('organizer.criteria.list.colMaxTotal')}
                </th>
                <th scope="col">{t('organizer.criteria.list.colState')}</th>
                <th scope="col">{t('organizer.criteria.list.colUsage')}</th>
              </tr>
            </thead>
            <tbody>
              {sets.items.map((set) => (
                <CriteriaSetRow
                  key={set.id}
                  contestId={contestId}
                  set={set}
                  stages={stages.items}
                  nominations={nominations.items}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
