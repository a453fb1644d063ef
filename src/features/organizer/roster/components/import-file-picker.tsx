import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_FILE_ACCEPT } from '@/lib/tabular/read-table';
import { IMPORT_COLUMNS } from '../import-columns';
import type { ExpertiseGroup } from '../use-expertise-groups';
import { TemplateDownload } from './template-download';

interface ImportFilePickerProps {
  groups: readonly ExpertiseGroup[];
  onPick: (file: File) => void;
}

/** What the file must look like, the template, and the file input itself. */
export function ImportFilePicker({ groups, onPick }: ImportFilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="roster-import__pick">
      <p className="roster-import__intro">{t('organizer.roster.import.intro')}</p>
      <details className="roster-import__columns">
        <summary>{t('organizer.roster.import.columnsTitle')}</summary>
        <ul>
          {IMPORT_COLUMNS.map((column) => (
            <li key={column.key}>{t(`organizer.roster.import.columns.${column.key}`)}</li>
          ))}
        </ul>
      </details>
      <div className="roster-import__row">
        <div className="field roster-import__file">
          <label className="field__label" htmlFor={id}>
            {t('organizer.roster.import.file')}
          </label>
          <input
            id={id}
            type="file"
            className="field__input"
            accept={TABLE_FILE_ACCEPT}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) onPick(file);
            }}
          />
          <p className="field__hint" id={`${id}-hint`}>
            {t('organizer.roster.import.fileHint')}
          </p>
        </div>
        <TemplateDownload groups={groups} />
      </div>
    </div>
  );
}
