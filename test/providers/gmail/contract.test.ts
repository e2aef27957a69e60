import { runProviderContract, type ContractFixture } from '../../../testkit/contract/provider-contract.js';
import { openGmailMailbox } from '../../../testkit/fakes/gmail/fixture.js';
import { composeMessage } from '../../../src/providers/kit/email/mime-compose.js';
import { decodedHeader, headerOf } from '../../../src/providers/kit/email/mime-parse.js';
import type { Actor, MessageRecord } from '../../../src/providers/model.js';

/**
 * The provider contract on a Gmail mailbox in the fake Gmail API (capabilities.audience PERSONAL): Ana's
 * mailbox is the workspace and Ana its owner; Bob (another mailbox of the fake) is the member and Eve the
 * outsider, people who write to Ana and to whom she writes, reading nothing of her mailbox. The public
 * channel is INBOX, the private one a user label "Secret Plans" (mail filed under it skips the inbox); Ana's
 * own mail is filed under SENT. A message of Carol's mailbox is the other workspace's.
 */
async function gmailContractFixture(): Promise<ContractFixture> {
  const box = await openGmailMailbox();
  const { fake } = box;
  const anaBox = fake.mailbox('ana@example.com');
  const secretPlans = anaBox.addLabel('Secret Plans');
  const member: Actor = { accountId: 'acct-bob', userId: 'bob@example.com' };
  const outsider = box.eve;
  const foreign = fake.deliver('carol@partner.example', composeMessage({ from: { name: null, address: 'dave@partner.example' }, to: [{ name: null, address: 'carol@partner.example' }], subject: 'For Carol only', text: 'not for Ana', messageId: '<foreign.1@partner.example>' }));

  let sequence = 0;
  let lastDelivery = 0;
  /** Mail from `from` under Ana's label, threaded below `parentId` by its headers as a mail client writes them. */
  async function deliver(from: Actor, message: { channelId: string; text: string; parentId: string | null }): Promise<MessageRecord> {
    const parent = message.parentId ? anaBox.messages.get(message.parentId.split(':')[1] ?? '') : undefined;
    if (message.parentId && !parent) throw new Error(`deliver: no message ${message.parentId} in Ana's mailbox`);
    const parentMessageId = parent ? headerOf(parent.tree.headers, 'Message-ID') : null;
    const parentReferences = parent ? (headerOf(parent.tree.headers, 'References') ?? '').split(/\s+/).filter(Boolean) : [];
    const subject = parent ? `Re: ${(decodedHeader(parent.tree.headers, 'Subject') ?? '').replace(/^re:\s*/i, '')}` : message.text.slice(0, 60);
    const raw = composeMessage({
      from: { name: null, address: from.userId },
      to: [{ name: 'Ana', address: 'ana@example.com' }],
      subject,
      text: message.text,
      messageId: `<contract.${++sequence}.${Date.now()}@partner.example>`,
      inReplyTo: parentMessageId,
      references: parentMessageId ? [...parentReferences, parentMessageId] : [],
    });
    // Strictly later than the mail before, and never ahead of the fake's clock that stamps Ana's sends.
    lastDelivery = Math.max(fake.now(), lastDelivery + 1);
    const delivered = fake.deliver('ana@example.com', raw, [message.channelId, 'UNREAD'], lastDelivery);
    const [record] = await box.provider.loadMessages([`${delivered.threadId}:${delivered.id}`]);
    if (!record || record instanceof Error) throw new Error(`The delivered mail ${delivered.id} does not load: ${String(record)}`);
    return record;
  }

  return {
    provider: box.provider,
    owner: box.ana,
    member,
    outsider,
    memberHandle: 'bob',
    publicChannelId: 'INBOX',
    privateChannelId: secretPlans.id,
    personal: { deliver, sentChannelId: 'SENT', addressOf: (actor) => actor.userId },
    unknownIds: { user: null, channel: 'Label_999', message: 'fffffffffffff:fffffffffffff' },
    otherWorkspaceMessageId: `${foreign.threadId}:${foreign.id}`,
    cleanup: () => box.close(),
  };
}

runProviderContract('gmail', gmailContractFixture);
