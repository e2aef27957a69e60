import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsRegistry } from '../../src/observability/metrics.js';
import { SlackApi } from '../../src/providers/slack/client.js';
import { RateBudget } from '../../src/providers/slack/rate-budget.js';
import { startFakeSlack, type FakeSlack } from '../../testkit/fakes/slack/server.js';
import { sample } from '../../testkit/operations.js';

/**
 * Calls to Slack's Web API are counted where every one of them goes through (SlackApi.call): by method and
 * outcome with their latency, Slack's 429s, and the calls our own rate budget refused before calling.
 */
describe('Slack Web API calls in /metrics', () => {
  let slack: FakeSlack;
  let token: string;

  beforeAll(async () => {
    slack = await startFakeSlack();
    token = slack.workspace.addBot('switchboard').token;
  });
  afterAll(async () => {
    await slack?.close();
  });

  const delta = async (work: () => Promise<unknown>) => {
    const before = await metricsRegistry.metrics();
    await work().catch(() => {});
    const after = await metricsRegistry.metrics();
    return (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
  };

  it('counts a call by method and outcome, with its latency', async () => {
    const api = new SlackApi({ apiUrl: slack.apiUrl, budget: new RateBudget() });
    const changed = await delta(() => api.call('auth.test', {}, token));
    expect(changed('switchboard_upstream_calls_total', { provider: 'slack', method: 'auth.test', outcome: 'ok' })).toBe(1);
    expect(changed('switchboard_upstream_call_duration_seconds_count', { provider: 'slack', method: 'auth.test' })).toBe(1);
  });

  it("counts Slack's 429 as RATE_LIMITED from upstream", async () => {
    const api = new SlackApi({ apiUrl: slack.apiUrl, budget: new RateBudget(), readRetries: 0 });
    slack.inject('team.info', { rateLimited: 5 });
    const changed = await delta(() => api.call('team.info', {}, token));
    expect(changed('switchboard_upstream_calls_total', { provider: 'slack', method: 'team.info', outcome: 'RATE_LIMITED' })).toBe(1);
    expect(changed('switchboard_upstream_rate_limited_total', { provider: 'slack', method: 'team.info' })).toBe(1);
    expect(changed('switchboard_rate_budget_refusals_total', { provider: 'slack', method: 'team.info' })).toBe(0);
  });

  it('counts a call the rate budget refused, which never reaches Slack', async () => {
    // conversations.list is Tier 2; at one call per minute the bucket holds one call.
    const api = new SlackApi({ apiUrl: slack.apiUrl, budget: new RateBudget({ tierRates: { 2: 1 } }) });
    await api.call('conversations.list', {}, token);
    slack.resetCalls();
    const changed = await delta(() => api.call('conversations.list', {}, token));
    expect(slack.count('conversations.list')).toBe(0);
    expect(changed('switchboard_rate_budget_refusals_total', { provider: 'slack', method: 'conversations.list' })).toBe(1);
    expect(changed('switchboard_upstream_calls_total', { provider: 'slack', method: 'conversations.list' })).toBe(0);
  });
});
