import { coordinatorHandlers } from '@mocks/handlers/coordinator';
import { expertCabinetHandlers } from '@mocks/handlers/expert-cabinet';
import { mockControlHandlers } from '@mocks/handlers/mock-control';
import { organizerHandlers } from '@mocks/handlers/organizer';
import { sessionHandlers } from '@mocks/handlers/session';
import { apiNotFoundHandler } from '@mocks/handlers/support';

/** Every mock route; the browser worker, the test server and the HTTP server all serve this list. */
export const handlers = [
  ...mockControlHandlers,
  ...sessionHandlers,
  ...expertCabinetHandlers,
  ...organizerHandlers,
  ...coordinatorHandlers,
  // Last: an unknown API path is a 404 problem, never a request escaping to the network.
  apiNotFoundHandler(),
];
