import { randomBytes } from 'node:crypto';
import { loadConnectionSettings } from '../../../src/config.js';
import type { ConnectionSettings } from '../../../src/connections/settings.js';
import type { TeamsSettings } from '../../../src/providers/teams/index.js';
import { UNLIMITED_TEAMS_LIMITS } from './fixture.js';
import type { FakeApp, FakeGraph } from './index.js';

/**
 * Server settings that point the Teams definition at a fake Graph: an encryption key, MICROSOFT_* read from
 * an environment as a deployment would set them, plus what is passed in code (the fake's CA, a budget far
 * above anything a behaviour test does).
 */
export function teamsServerSettings(fake: FakeGraph, app: FakeApp): ConnectionSettings {
  const base = loadConnectionSettings({
    SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    MICROSOFT_CLIENT_ID: app.clientId,
    MICROSOFT_CLIENT_SECRET: app.clientSecret,
    MICROSOFT_GRAPH_URL: fake.graphUrl,
    MICROSOFT_LOGIN_URL: fake.loginUrl,
  });
  const teams: TeamsSettings = { ...(base.providers.teams as TeamsSettings), ca: fake.ca, budget: { limits: UNLIMITED_TEAMS_LIMITS } };
  return { ...base, providers: { ...base.providers, teams } };
}
