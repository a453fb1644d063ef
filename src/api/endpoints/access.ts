import type { Role } from '../schemas/common';

/** Role lists shared by many endpoints, so a policy change is one edit. */
export const ORGANIZER: Role[] = ['organizer'];
export const COORDINATOR: Role[] = ['coordinator'];
export const EXPERT: Role[] = ['expert'];
/** Organizers and coordinators: the people who run the contest rather than score it. */
export const STAFF: Role[] = ['organizer', 'coordinator'];
