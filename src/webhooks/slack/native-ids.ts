/**
 * The native ids webhook events and polled messages are normalized to: the Slack provider's own
 * (`<channel>:<ts>` messages, `:name:` emoji, `action_id` buttons), so a subscriber resolves an event's
 * message through the provider exactly as a read returns it.
 */
export { slackNativeIds } from '../../providers/slack/ids.js';
