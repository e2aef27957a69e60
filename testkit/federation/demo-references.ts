import type { GraphQLResponse, TestApp } from '../app.js';
import type { DemoDirectory } from '../demo.js';

/**
 * Global ids of demo objects that federation tests reference by `{ __typename, id }`, read through the public
 * API as alice (who sees every Acme channel). Queries are plain strings: codegen only knows the public schema.
 */
export interface DemoReferences {
  /** Every message of every Acme channel alice can read (roots and replies), in channel order. */
  messages: string[];
  /** Messages by channel name. */
  messagesIn: Record<string, string[]>;
  /** A message with reactions and replies in #general (visible to carol). */
  generalThread: string;
  /** A message of #leadership (carol is not a member). */
  leadershipMessage: string;
  /** alice's pending scheduled message. */
  aliceScheduled: string;
  /** An attachment on a message in a channel carol can read, and one in #leadership. */
  attachment: { general: string | null; anywhere: string };
}

const CHANNEL_MESSAGES = `
  query FederationChannelMessages($id: ID!, $after: String) {
    channel(id: $id) {
      messages(first: 50, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id replyCount reactions { emoji } attachments { id } descendants(first: 100) { nodes { id attachments { id } } } }
      }
    }
  }
`;

const SCHEDULED = `
  query FederationScheduled { workspaces { name scheduledMessages(first: 5) { nodes { id } } } }
`;

interface MessagePage {
  channel: {
    messages: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        id: string;
        replyCount: number;
        reactions: Array<{ emoji: string }>;
        attachments: Array<{ id: string }>;
        descendants: { nodes: Array<{ id: string; attachments: Array<{ id: string }> }> };
      }>;
    };
  };
}

export async function demoReferences(app: TestApp, demo: DemoDirectory): Promise<DemoReferences> {
  const messagesIn: Record<string, string[]> = {};
  const attachmentsIn: Record<string, string[]> = {};
  let generalThread: string | null = null;
  for (const [name, channelId] of Object.entries(demo.channel)) {
    const ids: string[] = [];
    const files: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResponse<MessagePage> = await app.gql<MessagePage>('demo-alice', CHANNEL_MESSAGES, { id: channelId, after });
      if (!result.data) throw new Error(`messages of #${name}: ${JSON.stringify(result.errors)}`);
      const { nodes, pageInfo } = result.data.channel.messages;
      for (const node of nodes) {
        ids.push(node.id, ...node.descendants.nodes.map((reply) => reply.id));
        files.push(...node.attachments.map((file) => file.id), ...node.descendants.nodes.flatMap((reply) => reply.attachments.map((file) => file.id)));
        if (name === 'general' && !generalThread && node.replyCount > 0 && node.reactions.length > 0) generalThread = node.id;
      }
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    messagesIn[name] = ids;
    attachmentsIn[name] = files;
  }
  const scheduled = await app.gql<{ workspaces: Array<{ name: string; scheduledMessages: { nodes: Array<{ id: string }> } }> }>(
    'demo-alice',
    SCHEDULED,
  );
  const aliceScheduled = scheduled.data?.workspaces.find((workspace) => workspace.name === 'Acme')?.scheduledMessages.nodes[0]?.id;
  const anywhere = Object.values(attachmentsIn).flat()[0];
  if (!generalThread || !messagesIn.leadership?.length || !aliceScheduled || !anywhere) {
    throw new Error('the demo lacks a #general thread, a #leadership message, a scheduled message or an attachment');
  }
  return {
    messages: Object.values(messagesIn).flat(),
    messagesIn,
    generalThread,
    leadershipMessage: messagesIn.leadership[0],
    aliceScheduled,
    attachment: { general: attachmentsIn.general?.[0] ?? null, anywhere },
  };
}
