import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

const KEYS = [
  { keys: ['0', '…', '9'], what: 'digits' },
  { keys: ['←', '→'], what: 'arrows' },
  { keys: ['Delete'], what: 'clear' },
  { keys: ['Enter'], what: 'enter' },
  { keys: ['Tab'], what: 'tab' },
  { keys: ['j'], what: 'next' },
  { keys: ['k'], what: 'prev' },
  { keys: ['Alt', '+', 'j'], what: 'altNext' },
  { keys: ['Alt', '+', 'k'], what: 'altPrev' },
  { keys: ['q'], what: 'quote' },
  { keys: ['?'], what: 'help' },
] as const;

/** The shortcuts, written down where the expert can find them (the "?" key or the bar's button). */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} size="md" title={t('evaluation.keys.title')} onDismiss={onClose}>
      <p>{t('evaluation.keys.intro')}</p>
      <dl className="hotkeys">
        {KEYS.map(({ keys, what }) => (
          <div key={what} className="hotkeys__row">
            <dt>
              {keys.map((key, i) =>
                key === '+' || key === '…' ? <span key={i}> {key} </span> : <kbd key={i}>{key}</kbd>,
              )}
            </dt>
            <dd>{t(`evaluation.keys.${what}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('evaluation.keys.close')}</Button>
      </div>
    </Dialog>
  );
}
