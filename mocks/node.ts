import { setupServer } from 'msw/node';
import { handlers } from '@mocks/handlers/all-handlers';

/** The same handlers as the browser worker, for vitest. Tests swap the database with setDb(). */
export const server = setupServer(...handlers);
