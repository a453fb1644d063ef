import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/api/schemas/audit';
import type { auditRu } from '@/i18n/messages/ru/organizer/audit';
import { diffLines, type DiffLine } from '../audit-diff';
import { AuditValue } from './audit-value';

/** The first lines show at once; the rest of a big create (a whole stage, a whole sheet) folds away. */
const SHOWN = 6;

type FieldKey = keyof (typeof auditRu)['fields'];

function isFieldKey(field: string, known: Record<string, string>): field is FieldKey {
  return Object.hasOwn(known, field);
}

function Line({ line, fieldNames }: { line: DiffLine; fieldNames: Record<string, string> }) {
  const { t } = useTranslation();
  const name =
    line.field === ''
      ? t('organizer.audit.value')
      : isFieldKey(line.field, fieldNames)
        ? fieldNames[line.field]
        : line.field;
  const both = line.before !== undefined && line.after !== undefined;
  return (
    <div className="audit-change">
      <dt className="audit-change__field">{name}</dt>
      <dd className="audit-change__values">
        {line.before !== undefined ? (
          <span className={both ? 'audit-change__before' : undefined}>
            {both ? <span className="visually-hidden">{t('organizer.audit.before')}: </span> : null}
            <AuditValue value={line.before} field={line.field} />
          </span>
        ) : null}
        {both ? (
          <span aria-hidden="true" className="audit-change__arrow">
            →
          </span>
        ) : null}
        {line.after !== undefined ? (
          <span className={both ? 'audit-change__after' : undefined}>
            {both ? <span className="visually-hidden">{t('organizer.audit.after')}: </span> : null}
            <AuditValue value={line.after} field={line.field} />
          </span>
        ) : null}
      </dd>
    </div>
  );
}

/** Before → after, field by field, as a compact list. */
export function AuditChanges({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const fieldNames = t('organizer.audit.fields', { returnObjects: true });
  const lines = diffLines(event.before, event.after);
  if (lines.length === 0) return <span className="audit-muted">{t('organizer.audit.noChanges')}</span>;
  const shown = lines.slice(0, SHOWN);
  const rest = lines.slice(SHOWN);
  return (
    <>
      <dl className="audit-changes">
        {shown.map((line) => (
          <Line key={line.field} line={line} fieldNames={fieldNames} />
        ))}
      </dl>
      {rest.length > 0 ? (
        <details className="audit-changes__more">
          <summary>{t('organizer.audit.fieldsMore', { count: rest.length })}</summary>
          <dl className="audit-changes">
            {rest.map((line) => (
              <Line key={line.field} line={line} fieldNames={fieldNames} />
            ))}
          </dl>
        </details>
      ) : null}
    </>
  );
}
