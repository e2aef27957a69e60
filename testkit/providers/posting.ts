import { expect } from 'vitest';
import type { ProviderFixture } from './table.js';
import type { Handle } from './world.js';

/**
 * Writing in the world the same way on every row of the table, as testkit/contract/contract-support.ts's
 * `post` does for the provider contract: on a shared workspace each person sends; on a personal one (a
 * mailbox, alice's) only alice sends, and what bob, carol or dave "post" is mail from them arriving in her
 * folder (`personal.deliver`). alice's sends are mail: a new one needs a recipient (bob), a reply is
 * addressed by the core from its parent.
 */

const SEND = `mutation TablePost($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { code message field } } }`;

/** A send's input as the workspace takes it: on mail, a new mail without recipients goes to bob. */
export function sendInput<T extends object>(f: ProviderFixture, input: T): T {
  const given = input as { parentId?: string | null; to?: string[] | null };
  if (!f.personal || given.parentId || given.to) return input;
  return { ...input, to: [f.personal.address.bob] };
}

/** `handle` posts `text` in `channelId` (below `parentId`); answers the message's id. */
export async function post(f: ProviderFixture, handle: Handle, channelId: string, text: string, options: { parentId?: string; alsoSendToChannel?: boolean } = {}): Promise<string> {
  if (f.personal && handle !== 'alice') {
    if (options.alsoSendToChannel) throw new Error('post: delivered mail cannot be "also sent to the channel"; check capabilities.replyBroadcast first.');
    return f.personal.deliver(handle, { channelId, text, parentId: options.parentId ?? null });
  }
  const result = await f.app.gql(f.key[handle], SEND, { input: sendInput(f, { channelId, text, ...options }) });
  expect(result.errors).toBeUndefined();
  const payload = (result.data as { sendMessage: { message: { id: string } | null; userErrors: unknown[] } }).sendMessage;
  expect(payload.userErrors).toEqual([]);
  return payload.message!.id;
}

/**
 * The channel a message `handle` posts to `channelId` lands in: that channel, except alice's own mail on a
 * mailbox, which lands in the sent folder.
 */
export function landing(f: ProviderFixture, handle: Handle, channelId: string): string {
  return f.personal && handle === 'alice' ? f.personal.sentChannelId : channelId;
}

/** The name of the channel `handle`'s message to the channel named `name` lands in (see `landing`). */
export function landingName(f: ProviderFixture, handle: Handle, name: string): string {
  const id = landing(f, handle, f.channel[name]);
  return Object.keys(f.channel).find((candidate) => f.channel[candidate] === id)!;
}

/** Who acts in a case about the act, not the actor (a read-only key, a race): `handle`, but on a mailbox its owner alice. */
export function actor(f: ProviderFixture, handle: Handle): Handle {
  return f.personal ? 'alice' : handle;
}
