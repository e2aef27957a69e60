import { runWebhookContract } from '../../../testkit/contract/webhook-contract.js';
import { slackWebhookContract } from '../../../testkit/fakes/slack/webhook-fixture.js';

/**
 * Slack's Events API and interactivity webhooks under the webhook contract: refused deliveries, duplicates,
 * and every kind of Slack event to its normalized event on the bus. Slack's own details (its refusal
 * reasons, retry headers, routing by app and team, echoes) are pinned in ./webhook-events.test.ts.
 */
runWebhookContract('slack', slackWebhookContract);
