import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { templateCsv } from '../import-columns';
import type { ExpertiseGroup } from '../use-expertise-groups';

const TEMPLATE_NAME = 'experts-template.csv';

/** Built in the browser: the example row names a nomination that really exists, so it imports as is. */
export function TemplateDownload({ groups }: { groups: readonly ExpertiseGroup[] }) {
  const { t } = useTranslation();

  function download(): void {
    const nomination = groups.flatMap((g) => g.nominations)[0]?.title;
    const blob = new Blob([templateCsv({ nomination })], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = TEMPLATE_NAME;
    link.click();
    // The click has handed the blob to the download manager; the URL can go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <div className="roster-import__template">
      <Button variant="secondary" aria-describedby="roster-template-hint" onClick={download}>
        {t('organizer.roster.import.template')}
      </Button>
      <p className="field__hint" id="roster-template-hint">
        {t('organizer.roster.import.templateHint')}
      </p>
    </div>
  );
}
