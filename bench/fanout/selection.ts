/**
 * The one subscription every fan-out subscriber holds, on Switchboard and on the bare baseline alike: a
 * busy channel's events with the message, its author and reactions, the channel and the actor.
 */
export const FIREHOSE_SUBSCRIPTION = /* GraphQL */ `
  subscription Firehose($channelId: ID!) {
    events(filter: { channelIds: [$channelId] }) {
      id
      cursor
      type
      occurredAt
      channel { id name }
      actor { id name }
      message {
        id
        text
        createdAt
        author { id name }
        reactions { emoji count }
      }
    }
  }
`;

/** Messages carry a small realistic text (an identifier the subscriber does not need). */
export const messageText = (index: number) => `Deploy ${index} finished: all checks green, rollout at 100% in eu-west and us-east.`;

/** API key of the i-th bench subscriber account (created by the Switchboard fan-out server). */
export const subscriberKey = (index: number) => `bench-fanout-${index}`;

/** What a subscriber worker reports for one measurement window. */
export interface WindowReport {
  received: number;
  errors: number;
  /** publish (occurredAt) → receipt, in ms, one per delivered event. */
  latencies: number[];
  firstReceivedAt: number | null;
  lastReceivedAt: number | null;
}
