import type { Transaction } from 'kysely';
import type { Database } from '../db/tables.js';
import { encodeGlobalId } from '../providers/ids.js';

/**
 * The demo's pins and link previews, added inside the seed's transaction once the scripted threads exist
 * (they are found by their fixed text, so this stays deterministic):
 * - #general: the welcome (already pinned by the script) and the team-lunch thread, pinned by bob;
 *   #engineering: the billing-api incident (alice) and the search-indexer deploy (dave). Each pin made
 *   here has its "pinned a message" system message, as pinMessage posts one.
 * - Internal link previews: a postmortem note in #engineering links to the incident message; a note in
 *   #general links to #engineering, which carol is not in (she sees the preview without `linkedChannel`);
 *   and alice's pointer in #general to a #leadership message (hidden from carol and dave).
 * - One external preview, as the unfurler would have stored it, for the handbook link of the welcome.
 *
 * Links use the PUBLIC_URL of the server that seeds (by default `http://localhost:$PORT`), so that they open
 * on that server and are recognized as internal there; the previews are stored with the ids they name.
 */
export const DEMO_PUBLIC_URL = 'http://localhost:4000';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const DEMO_PINNED = [
  { channel: 'general', startsWith: "Team lunch on Friday?", by: 'bob' },
  { channel: 'engineering', startsWith: 'Seeing elevated 5xx on `billing-api`', by: 'alice' },
  { channel: 'engineering', startsWith: '@switchbot deploy `search-indexer`', by: 'dave' },
] as const;

/** Returns how many messages it added (system messages and notes). */
export async function seedDemoPins(trx: Transaction<Database>, now: Date, publicUrl: string = DEMO_PUBLIC_URL): Promise<number> {
  const workspace = await trx.selectFrom('workspaces').select('id').where('name', '=', 'Acme').executeTakeFirstOrThrow();
  const users = new Map(
    (await trx.selectFrom('users').select(['id', 'name']).where('workspace_id', '=', workspace.id).execute()).map((u) => [u.name, u.id]),
  );
  const channels = new Map(
    (await trx.selectFrom('channels').select(['id', 'name']).where('workspace_id', '=', workspace.id).execute()).map((c) => [c.name, c.id]),
  );
  const find = async (channel: string, startsWith: string) =>
    trx
      .selectFrom('messages')
      .select(['id', 'created_at'])
      .where('channel_id', '=', channels.get(channel)!)
      .where('parent_id', 'is', null)
      .where('content', 'like', `${startsWith.replace(/[\\%_]/g, (char) => `\\${char}`)}%`)
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
  const messageUrl = (id: string) =>
    `${publicUrl}/messages/${encodeGlobalId({ typename: 'Message', provider: 'builtin', workspaceId: workspace.id, nativeId: id })}`;
  const channelUrl = (id: string) =>
    `${publicUrl}/channels/${encodeGlobalId({ typename: 'Channel', provider: 'builtin', workspaceId: workspace.id, nativeId: id })}`;

  for (const pin of DEMO_PINNED) {
    const message = await find(pin.channel, pin.startsWith);
    const pinnedAt = new Date(message.created_at.getTime() + 45 * MINUTE);
    const pinner = users.get(pin.by)!;
    await trx.updateTable('messages').set({ pinned_at: pinnedAt, pinned_by: pinner }).where('id', '=', message.id).execute();
    await trx
      .insertInto('messages')
      .values({
        workspace_id: workspace.id,
        channel_id: channels.get(pin.channel)!,
        author_id: pinner,
        type: 'SYSTEM',
        system_event: JSON.stringify({
          type: 'MESSAGE_PINNED', userId: null, actorId: pinner, channelName: pin.channel, oldChannelName: null, messageId: message.id,
        }),
        content: `${pin.by} pinned a message to this channel.`,
        content_format: 'text',
        created_at: pinnedAt,
        updated_at: pinnedAt,
      })
      .execute();
  }

  const incident = await find('engineering', 'Seeing elevated 5xx on `billing-api`');
  const leadershipNote = await trx
    .selectFrom('messages')
    .select('id')
    .where('channel_id', '=', channels.get('leadership')!)
    .where('parent_id', 'is', null)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const notes = [
    {
      channel: 'engineering', by: 'alice', at: new Date(incident.created_at.getTime() + DAY),
      text: `Postmortem for yesterday's billing-api incident is drafted, timeline starts here: ${messageUrl(incident.id)}`,
      linkedMessageId: incident.id, linkedChannelId: null,
    },
    {
      channel: 'general', by: 'bob', at: daysBefore(now, 2, 15),
      text: `Incident follow-ups live in ${channelUrl(channels.get('engineering')!)} if you want to lurk.`,
      linkedMessageId: null, linkedChannelId: channels.get('engineering')!,
    },
    {
      channel: 'general', by: 'alice', at: daysBefore(now, 1, 16),
      text: `Leads: the notes I mentioned are here ${messageUrl(leadershipNote.id)}`,
      linkedMessageId: leadershipNote.id, linkedChannelId: null,
    },
  ];
  for (const note of notes) {
    const inserted = await trx
      .insertInto('messages')
      .values({
        workspace_id: workspace.id, channel_id: channels.get(note.channel)!, author_id: users.get(note.by)!,
        content: note.text, content_format: 'markdown', created_at: note.at, updated_at: note.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('link_previews')
      .values({
        message_id: inserted.id, url: note.text.match(/https?:\/\/\S+/)![0], state: 'READY', title: null, description: null,
        image_url: null, site_name: null, linked_message_id: note.linkedMessageId, linked_channel_id: note.linkedChannelId,
        updated_at: note.at,
      })
      .execute();
  }

  const welcome = await find('general', 'Welcome to **#general**');
  await trx
    .insertInto('link_previews')
    .values({
      message_id: welcome.id, url: 'https://example.com/handbook', state: 'READY', title: 'The Acme Handbook',
      description: 'How we work: values, benefits, on-call, travel and everything else you need in your first week.',
      image_url: null, site_name: 'example.com', linked_message_id: null, linked_channel_id: null, updated_at: welcome.created_at,
    })
    .execute();
  return DEMO_PINNED.length + notes.length;
}

/** A working hour `days` days before `now` (UTC). */
function daysBefore(now: Date, days: number, hour: number): Date {
  const at = new Date(now.getTime() - days * DAY);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
}
