import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MockState } from '@/api/schemas/mock-control';
import { Button } from '@/components/ui/button';
import { mockStateQueryOptions } from '../queries';
import { useResetMock, useSetMockClock, useUpdateMockSettings } from '../mutations';

const PRESETS: readonly MockState['preset'][] = ['demo', 'empty'];
const HOUR_MS = 3_600_000;

/** Floating controls of the mock backend: latency, failures, offline, clock and a demo reset. */
export function DevPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data: state } = useQuery(mockStateQueryOptions());
  const panelId = useId();

  if (!state) return null;

  return (
    <aside className="dev-panel" aria-label={t('dev.title')}>
      {open ? <DevPanelBody id={panelId} state={state} /> : null}
      <Button
        variant="secondary"
        size="sm"
        className="dev-panel__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('dev.close') : t('dev.open')}
      </Button>
    </aside>
  );
}

/**
 * The switches keep their own state so a click shows at once (the request follows), instead of a
 * controlled checkbox snapping back until the server answers.
 */
function DevPanelBody({ id, state }: { id: string; state: MockState }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(state.settings);
  const [preset, setPreset] = useState<MockState['preset']>('demo');
  const [resetDone, setResetDone] = useState(false);
  const sendSettings = useUpdateMockSettings();
  const reset = useResetMock();
  const clock = useSetMockClock();
  const ids = { latency: useId(), failure: useId(), clock: useId(), preset: useId() };
  const updateSettings = (next: MockState['settings']) => {
    setCurrent(next);
    sendSettings(next);
  };

  return (
    <div className="dev-panel__body" id={id}>
      <h2>{t('dev.title')}</h2>
      <div className="dev-panel__row">
        <label htmlFor={ids.latency}>{t('dev.latency')}</label>
        <input
          id={ids.latency}
          className="field__input"
          type="number"
          min={0}
          max={10000}
          step={100}
          value={current.latencyMs}
          onChange={(e) =>
            updateSettings({ ...current, latencyMs: Math.max(0, Number(e.target.value) || 0) })
          }
        />
      </div>
      <div className="dev-panel__row">
        <label htmlFor={ids.failure}>{t('dev.failureRate')}</label>
        <input
          id={ids.failure}
          className="field__input"
          type="number"
          min={0}
          max={100}
          step={5}
          value={Math.round(current.failureRate * 100)}
          onChange={(e) =>
            updateSettings({
              ...current,
              failureRate: Math.min(1, Math.max(0, Number(e.target.value) / 100 || 0)),
            })
          }
        />
      </div>
      <label className="dev-panel__check">
        <input
          type="checkbox"
          checked={current.offline}
          onChange={(e) => updateSettings({ ...current, offline: e.target.checked })}
        />
        {t('dev.offline')}
      </label>
      <div className="dev-panel__row">
        <label htmlFor={ids.clock}>{t('dev.clock')}</label>
        <input
          id={ids.clock}
          className="field__input"
          type="number"
          step={1}
          defaultValue={Math.round(state.clock.offsetMs / HOUR_MS)}
          onBlur={(e) => clock.mutate(Math.round(Number(e.target.value) || 0) * HOUR_MS)}
        />
      </div>
      <div className="dev-panel__row">
        <label htmlFor={ids.preset}>{t('dev.preset')}</label>
        <select
          id={ids.preset}
          className="field__input"
          value={preset}
          onChange={(e) => setPreset(e.target.value as MockState['preset'])}
        >
          {PRESETS.map((name) => (
            <option key={name} value={name}>
              {t(`dev.presets.${name}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="dev-panel__actions">
        <Button
          variant="danger"
          size="sm"
          busy={reset.isPending}
          onClick={() => {
            if (!window.confirm(t('dev.resetConfirm'))) return;
            setResetDone(false);
            reset.mutate(preset, {
              onSuccess: (fresh) => {
                setCurrent(fresh.settings);
                setResetDone(true);
              },
            });
          }}
        >
          {reset.isPending ? t('dev.resetting') : t('dev.reset')}
        </Button>
      </div>
      <p role="status" className="field__hint">
        {resetDone ? t('dev.resetDone') : ''}
      </p>
    </div>
  );
}
