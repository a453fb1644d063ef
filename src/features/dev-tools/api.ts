import { apiJson } from '@/api/http-client';
import type { MockSettings, MockState } from '@/api/schemas/mock-control';

/** The mock backend's own controls; they exist only when the app runs on the mock. */
export function fetchMockState(signal?: AbortSignal): Promise<MockState> {
  return apiJson<MockState>('/__mock/state', { signal, skipReauth: true });
}

export function updateMockSettings(settings: MockSettings): Promise<MockSettings> {
  return apiJson<MockSettings>('/__mock/settings', { method: 'PUT', body: settings, skipReauth: true });
}

export function resetMock(preset: MockState['preset']): Promise<MockState> {
  return apiJson<MockState>('/__mock/reset', { method: 'POST', body: { preset }, skipReauth: true });
}

export function setMockClock(offsetMs: number): Promise<unknown> {
  return apiJson<unknown>('/__mock/clock', { method: 'POST', body: { offsetMs }, skipReauth: true });
}
