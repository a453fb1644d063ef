/**
 * The expert queue's page size. The queue and the evaluation page's prev/next both ask the server for
 * "page N of this view", so they must agree on it.
 */
export const QUEUE_PAGE_SIZE = 25;
