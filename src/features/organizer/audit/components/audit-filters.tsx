import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditObjectType } from '@/api/schemas/audit';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { AUDIT_OBJECT_TYPES, type AuditParams } from '../audit-params';

interface AuditFiltersProps {
  params: AuditParams;
  /** The filtered person's name, known from the events shown; the ID when there are none. */
  actorName: string | undefined;
  onApply: (filters: Pick<AuditParams, 'objectType' | 'objectId' | 'actorId'>) => void;
}

/** Object type and ID are typed in; the person filter comes from a name in the log and shows as a chip. */
export function AuditFilters({ params, actorName, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [objectType, setObjectType] = useState<AuditObjectType | ''>(params.objectType ?? '');
  const [objectId, setObjectId] = useState(params.objectId ?? '');

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onApply({
      objectType: objectType === '' ? undefined : objectType,
      objectId: objectId.trim() || undefined,
      actorId: params.actorId,
    });
  }

  const filtered =
    params.objectType !== undefined || params.objectId !== undefined || params.actorId !== undefined;
  return (
    <form
      className="audit-filters"
      role="search"
      aria-label={t('organizer.audit.filters.label')}
      onSubmit={onSubmit}
    >
      <SelectField
        label={t('organizer.audit.filters.objectType')}
        value={objectType}
        onChange={(event) =>
          setObjectType(AUDIT_OBJECT_TYPES.find((type) => type === event.target.value) ?? '')
        }
      >
        <option value="">{t('organizer.audit.filters.allTypes')}</option>
        {AUDIT_OBJECT_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`organizer.audit.objectType.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('organizer.audit.filters.objectId')}
        hint={t('organizer.audit.filters.objectIdHint')}
        autoComplete="off"
        maxLength={200}
        value={objectId}
        onChange={(event) => setObjectId(event.target.value)}
      />
      <div className="audit-filters__actions">
        <Button type="submit">{t('organizer.audit.filters.apply')}</Button>
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => {
              setObjectType('');
              setObjectId('');
              onApply({ objectType: undefined, objectId: undefined, actorId: undefined });
            }}
          >
            {t('organizer.audit.filters.reset')}
          </Button>
        ) : null}
      </div>
      {params.actorId === undefined ? null : (
        <p className="audit-filters__chip">
          <span>{t('organizer.audit.filters.actor', { name: actorName ?? params.actorId })}</span>
          <button
            type="button"
            className="audit-filters__remove"
            aria-label={t('organizer.audit.filters.removeActor', { name: actorName ?? params.actorId })}
            onClick={() =>
              onApply({ objectType: params.objectType, objectId: params.objectId, actorId: undefined })
            }
          >
            <span aria-hidden="true">×</span>
          </button>
        </p>
      )}
    </form>
  );
}
