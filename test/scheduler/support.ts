import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/tables.js';
import { graphql } from '../../testkit/gql/index.js';
import type { TestApp } from '../../testkit/app.js';

/** What the scheduler tests share: scheduling through GraphQL, and counting what was posted. */

export const HOUR = 3_600_000;

export const ScheduleForTest = graphql(`
  mutation SchedulerTestSchedule($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage { id status }
      userErrors { code message }
    }
  }
`);

export const ScheduledStatus = graphql(`
  query SchedulerTestStatus($id: ID!) {
    node(id: $id) {
      ... on ScheduledMessage { status lastError sentMessage { id text } }
    }
  }
`);

export const GeneralChannel = graphql(`
  query SchedulerTestGeneral {
    workspaces { name channels(first: 100) { nodes { id name } } }
  }
`);

/** Global id of an Acme channel, as alice sees it. */
export async function acmeChannel(app: TestApp, name: string): Promise<string> {
  const { data } = await app.gql('demo-alice', GeneralChannel);
  const channel = data?.workspaces.find((workspace) => workspace.name === 'Acme')?.channels.nodes.find((c) => c.name === name);
  if (!channel) throw new Error(`no Acme channel ${name}`);
  return channel.id;
}

/** Schedules a plain-text message as `apiKey`; returns the scheduled message's id. */
export async function scheduleText(app: TestApp, apiKey: string, channelId: string, text: string, at: Date): Promise<string> {
  const { data, errors } = await app.gql(apiKey, ScheduleForTest, { input: { channelId, text, scheduledFor: at.toISOString() } });
  const payload = data?.scheduleMessage;
  if (!payload?.scheduledMessage) throw new Error(`scheduling failed: ${JSON.stringify(errors ?? payload?.userErrors)}`);
  return payload.scheduledMessage.id;
}

export async function statusOf(app: TestApp, apiKey: string, id: string) {
  const { data } = await app.gql(apiKey, ScheduledStatus, { id });
  const node = data?.node;
  return node && 'status' in node ? node : null;
}

/** How many messages hold exactly this content: "delivered exactly once" is a count of 1. */
export async function postedCount(db: Kysely<Database>, text: string): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('content', '=', text)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
