import { SettingsError } from '../../connections/settings.js';
import type { GraphRateBudgetOptions } from '../kit/graph/rate-budget.js';
import { readMicrosoftSettings, type MicrosoftAppSettings } from '../kit/graph/settings.js';

/**
 * Teams' settings: the Microsoft app (MICROSOFT_*, read by the Graph foundation, shared with Outlook), the Bot
 * Framework's signing keys for adaptive-card clicks, plus what a test or a deployment passes in code rather
 * than the environment.
 *
 * | Variable | Default | Meaning |
 * |---|---|---|
 * | `MICROSOFT_BOTFRAMEWORK_OPENID_URL` | `https://login.botframework.com/v1/.well-known/openidconfiguration` | where the keys that sign the Bot Framework's requests to /webhooks/microsoft/bot are published (its `jwks_uri`); tests point it at their own |
 */
export interface TeamsSettings extends MicrosoftAppSettings {
  /** The Bot Framework's OpenID metadata (MICROSOFT_BOTFRAMEWORK_OPENID_URL). */
  botOpenIdUrl: string;
  /** An extra CA (PEM) trusted for Graph and the identity platform only (a test's fake). Not read from the environment. */
  ca?: string | null;
  /** Each tenant's rate budget (default: limits.md). Not read from the environment: tests that make many calls raise it. */
  budget?: GraphRateBudgetOptions;
}

export const DEFAULT_BOTFRAMEWORK_OPENID_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

export function readTeamsSettings(env: NodeJS.ProcessEnv): TeamsSettings {
  return { ...readMicrosoftSettings(env), botOpenIdUrl: openIdUrl(env.MICROSOFT_BOTFRAMEWORK_OPENID_URL) };
}

function openIdUrl(value: string | undefined): string {
  const text = value?.trim() || DEFAULT_BOTFRAMEWORK_OPENID_URL;
  let parsed: URL | null = null;
  try {
    parsed = new URL(text);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new SettingsError(`MICROSOFT_BOTFRAMEWORK_OPENID_URL must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
  }
  return text;
}
