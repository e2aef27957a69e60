import type { GraphRateBudgetOptions } from '../kit/graph/rate-budget.js';
import { readMicrosoftSettings, type MicrosoftAppSettings } from '../kit/graph/settings.js';

/**
 * Teams' settings: the Microsoft app (MICROSOFT_*, read by the Graph foundation, shared with Outlook), plus
 * what a test or a deployment passes in code rather than the environment.
 */
export interface TeamsSettings extends MicrosoftAppSettings {
  /** An extra CA (PEM) trusted for Graph and the identity platform only (a test's fake). Not read from the environment. */
  ca?: string | null;
  /** Each tenant's rate budget (default: limits.md). Not read from the environment: tests that make many calls raise it. */
  budget?: GraphRateBudgetOptions;
}

export function readTeamsSettings(env: NodeJS.ProcessEnv): TeamsSettings {
  return readMicrosoftSettings(env);
}
