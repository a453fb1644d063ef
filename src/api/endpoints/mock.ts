import {
  MockClock,
  MockClockRequest,
  MockReminderList,
  MockResetRequest,
  MockSettings,
  MockState,
} from '../schemas/mock-control';
import type { EndpointDef } from '../endpoints';
import { problems } from './responses';

const tags = ['mock'];

/**
 * Controls of the development mock, absent from a real backend. Public and CSRF-free on purpose: the
 * login page lists the demo accounts and a broken demo must be resettable without signing in.
 */
export const mockEndpoints = {
  getMockState: {
    id: 'getMockState',
    method: 'get',
    path: '/__mock/state',
    summary: 'The preset, switches, demo accounts and clock of the mock',
    tags,
    access: 'public',
    mockOnly: true,
    responses: { 200: { description: 'The mock state.', schema: MockState }, ...problems() },
  },
  updateMockSettings: {
    id: 'updateMockSettings',
    method: 'put',
    path: '/__mock/settings',
    summary: 'Set latency, failure rate and offline mode',
    tags,
    access: 'public',
    mockOnly: true,
    body: MockSettings,
    responses: {
      200: { description: 'The settings now in force.', schema: MockSettings },
      ...problems(400, 422),
    },
  },
  resetMock: {
    id: 'resetMock',
    method: 'post',
    path: '/__mock/reset',
    summary: 'Rebuild the data from a preset',
    tags,
    access: 'public',
    mockOnly: true,
    body: MockResetRequest,
    responses: { 200: { description: 'The new state.', schema: MockState }, ...problems(400, 422) },
  },
  setMockClock: {
    id: 'setMockClock',
    method: 'post',
    path: '/__mock/clock',
    summary: "Shift the mock's clock, e.g. past a deadline",
    tags,
    access: 'public',
    mockOnly: true,
    body: MockClockRequest,
    responses: { 200: { description: 'The clock now.', schema: MockClock }, ...problems(400, 422) },
  },
  listMockReminders: {
    id: 'listMockReminders',
    method: 'get',
    path: '/__mock/reminders',
    summary: 'The reminders the mock recorded instead of sending',
    tags,
    access: 'public',
    mockOnly: true,
    responses: { 200: { description: 'The recorded reminders.', schema: MockReminderList }, ...problems() },
  },
} satisfies Record<string, EndpointDef>;
