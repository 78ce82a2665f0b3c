// What a page gets from the application around it.

import type { Session } from './types';

export interface PageContext {
  session: Session;
  /** Shows a new inbox count in the navigation. */
  setInboxCount(count: number): void;
}
