import { endpoints } from '@/api/endpoints';
import { mockClock, mockState, reminderLog, resetDatabase } from '@mocks/db/rules/mock-control';
import { json, route } from '@mocks/handlers/support';

/** The demo's own controls: no session needed, never slowed down or failed by the chaos switches. */
export const mockControlHandlers = [
  route(endpoints.getMockState, (ctx) => json(ctx, 200, mockState(ctx.db))),

  route(endpoints.updateMockSettings, (ctx) => {
    ctx.db.setSettings(ctx.body);
    return json(ctx, 200, ctx.db.settings);
  }),

  route(endpoints.resetMock, (ctx) => {
    resetDatabase(ctx.db, ctx.body.preset);
    return json(ctx, 200, mockState(ctx.db));
  }),

  route(endpoints.setMockClock, (ctx) => {
    ctx.db.setClockOffset(ctx.body.offsetMs);
    return json(ctx, 200, mockClock(ctx.db));
  }),

  route(endpoints.listMockReminders, (ctx) => json(ctx, 200, reminderLog(ctx.db))),
];
