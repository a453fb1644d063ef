import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_FILE_ACCEPT } from '@/lib/tabular/read-table';

interface FileDropZoneProps {
  disabled: boolean;
  onFile: (file: File) => void;
}

/**
 * A native file input (keyboard users tab to it and press Enter or Space) inside a zone that also takes a
 * dropped file. The input keeps the accessible name, so assistive tech and tests find it by its label.
 */
export function FileDropZone({ disabled, onFile }: FileDropZoneProps) {
  const { t } = useTranslation();
  const id = useId();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && !disabled) onFile(file);
  }

  return (
    <div
      className={dragging ? 'import-drop import-drop--active' : 'import-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="import-drop__title" id={`${id}-label`}>
        {t('organizer.applications.import.file.label')}
      </p>
      <p className="import-drop__text" aria-hidden="true">
        {dragging
          ? t('organizer.applications.import.file.dropActive')
          : t('organizer.applications.import.file.drop')}
      </p>
      <input
        id={`${id}-input`}
        className="import-drop__input"
        type="file"
        accept={TABLE_FILE_ACCEPT}
        disabled={disabled}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it on disk) fires another change.
          event.target.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      <label htmlFor={`${id}-input`} className="btn btn--secondary import-drop__button" aria-hidden="true">
        {t('organizer.applications.import.file.choose')}
      </label>
      <p className="import-drop__hint" id={`${id}-hint`}>
        {t('organizer.applications.import.file.hint')}
      </p>
    </div>
  );
}
