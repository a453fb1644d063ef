import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { QualitySignal, QualitySignalKind } from '@/api/schemas/coordination';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/select-field';
import { parseQualityKind, QUALITY_KINDS } from '../list-params';
import { qualitySignalsQueryOptions } from '../queries';
import { QualitySignalCard } from './quality-signal-card';

/** Signals grouped by kind, most severe first within each (the server's order); the kind filter is in the URL. */
export function QualityView({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = parseQualityKind(searchParams);
  const { data } = useSuspenseQuery(qualitySignalsQueryOptions(stageId, kind));
  const groups = QUALITY_KINDS.map((k) => ({
    kind: k,
    items: data.items.filter((s) => s.kind === k),
  })).filter((g) => g.items.length > 0);

  return (
    <>
      <div className="oversight-toolbar">
        <SelectField
          className="oversight-toolbar__select"
          label={t('oversight.quality.kind')}
          value={kind ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setSearchParams(value === '' ? {} : { kind: value }, { preventScrollReset: true });
          }}
        >
          <option value="">{t('oversight.quality.allKinds')}</option>
          {QUALITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`oversight.quality.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <p className="oversight-toolbar__end" role="status">
          {t('oversight.quality.count', { count: data.items.length })}
        </p>
      </div>
      {groups.length === 0 ? (
        <EmptyState title={t('oversight.quality.empty')} hint={t('oversight.quality.emptyHint')} />
      ) : (
        groups.map((group) => (
          <QualityGroup key={group.kind} stageId={stageId} kind={group.kind} items={group.items} />
        ))
      )}
    </>
  );
}

interface QualityGroupProps {
  stageId: string;
  kind: QualitySignalKind;
  items: QualitySignal[];
}

function QualityGroup({ stageId, kind, items }: QualityGroupProps) {
  const { t } = useTranslation();
  const headingId = `quality-${kind}`;
  return (
    <section className="quality-group" aria-labelledby={headingId}>
      <h2 className="quality-group__title" id={headingId}>
        {t(`oversight.quality.kinds.${kind}`)}{' '}
        <span className="quality-group__count">{t('oversight.quality.count', { count: items.length })}</span>
      </h2>
      <ul className="quality-group__list">
        {items.map((signal) => (
          <QualitySignalCard key={`${signal.kind}-${signal.expertId}`} stageId={stageId} signal={signal} />
        ))}
      </ul>
    </section>
  );
}
