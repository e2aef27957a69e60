import { runProviderContract, type ContractFixture } from '../../../testkit/contract/provider-contract.js';
import { headerOf } from '../../../testkit/fakes/graph/index.js';
import { openOutlookMailbox } from '../../../testkit/fakes/graph/outlook-fixture.js';
import type { Actor, MessageRecord } from '../../../src/providers/model.js';

/**
 * The provider contract on an Outlook mailbox in the fake Graph (capabilities.audience PERSONAL): Ana's
 * mailbox is the workspace and Ana its owner; Bob (another mailbox of the tenant) is the member and Eve
 * (outside the tenant) the outsider, people who write to Ana and to whom she writes, reading nothing of her
 * mailbox. The public channel is the Inbox, the private one a folder "Secret Plans"; Ana's own mail lands
 * in Sent Items. A message of Bob's own mailbox is the other workspace's.
 */
async function outlookContractFixture(): Promise<ContractFixture> {
  const box = await openOutlookMailbox();
  const { mail } = box.fake;
  const secretPlans = mail.addFolder(box.ana.id, 'Secret Plans');
  const anaBox = mail.mailbox(box.ana.id);
  const member: Actor = { accountId: 'account-bob', userId: box.bob.mail.toLowerCase() };
  const outsider: Actor = { accountId: 'account-eve', userId: 'eve@elsewhere.example' };
  const foreign = mail.deliver(box.bob.id, { from: { address: 'carol@partner.example' }, to: [{ address: box.bob.mail }], subject: 'For Bob only', body: 'not for Ana' });

  /** Mail from `from` into Ana's folder, threaded below `parentId` by its headers as a mail client writes them. */
  async function deliver(from: Actor, message: { channelId: string; text: string; parentId: string | null }): Promise<MessageRecord> {
    const parent = message.parentId ? mail.message(anaBox, message.parentId) : null;
    const references = parent ? [...(headerOf(parent, 'References')?.split(/\s+/).filter(Boolean) ?? []), parent.internetMessageId] : [];
    const delivered = mail.deliver(box.ana.id, {
      from: { address: from.userId },
      to: [{ address: box.ana.mail }],
      subject: parent ? `Re: ${parent.subject.replace(/^re:\s*/i, '')}` : message.text.slice(0, 60),
      body: message.text,
      contentType: 'text',
      folder: message.channelId,
      ...(parent ? { inReplyTo: parent.internetMessageId, references, conversationId: parent.conversationId } : {}),
    });
    const [record] = await box.provider.loadMessages([delivered.id]);
    if (!record || record instanceof Error) throw new Error(`The delivered mail ${delivered.id} does not load: ${String(record)}`);
    return record;
  }

  return {
    provider: box.provider,
    owner: box.actors.ana,
    member,
    outsider,
    memberHandle: 'bob',
    publicChannelId: box.folders.inbox,
    privateChannelId: secretPlans.id,
    personal: { deliver, sentChannelId: box.folders.sentitems, addressOf: (actor) => actor.userId },
    unknownIds: { user: null, channel: 'AQMkADbm90LWEtZm9sZGVyOjA6MDAwMDAwMDA=', message: 'AAMkADbm90LWEtbWVzc2FnZTowOjAwMDAwMDAw=' },
    otherWorkspaceMessageId: foreign.id,
    cleanup: () => box.close(),
  };
}

runProviderContract('outlook', outlookContractFixture);
