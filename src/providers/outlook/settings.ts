import type { GraphRateBudgetOptions } from '../kit/graph/rate-budget.js';
import { readMicrosoftSettings, type MicrosoftAppSettings } from '../kit/graph/settings.js';

/** Outlook's settings: the Microsoft app (MICROSOFT_*, shared with Teams), plus what tests pass in code. */
export interface OutlookSettings extends MicrosoftAppSettings {
  /** An extra CA (PEM) trusted for Graph and the identity platform only (a test's fake). */
  ca?: string | null;
  /** Each mailbox's rate budget (default: limits.ts). */
  budget?: GraphRateBudgetOptions;
}

export function readOutlookSettings(env: NodeJS.ProcessEnv): OutlookSettings {
  return readMicrosoftSettings(env);
}
