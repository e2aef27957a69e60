import { runProviderContract, type ContractFixture } from '../../../testkit/contract/provider-contract.js';
import { createMemoryProvider, MemoryWorkspace } from '../../../testkit/providers/memory/index.js';
import type { MessageRecord } from '../../../src/providers/model.js';

/**
 * The provider contract on the in-memory provider of the test kit: a workspace with owner, member and
 * outsider, a public channel with all three and a private one without the outsider, and a second
 * workspace with one message the first must never see. Its optional features are absent, so the cases
 * that need them are skipped by capability, visibly.
 */
async function memoryContractFixture(options: { email?: boolean } = {}): Promise<ContractFixture> {
  const workspace = new MemoryWorkspace({ name: 'Contract Co', email: options.email });
  const owner = workspace.addUser({ handle: 'olga', displayName: 'Olga Owner', role: 'OWNER', accountId: 'account-olga' });
  const member = workspace.addUser({ handle: 'mina', displayName: 'Mina Member', accountId: 'account-mina' });
  const outsider = workspace.addUser({ handle: 'otto', displayName: 'Otto Outsider', accountId: 'account-otto' });
  const publicChannel = workspace.addChannel('general', [owner.id, member.id, outsider.id], { description: 'Company-wide' });
  const privateChannel = workspace.addChannel('secret-plans', [owner.id, member.id], { type: 'PRIVATE' });

  const elsewhere = new MemoryWorkspace({ name: 'Elsewhere Inc' });
  const stranger = elsewhere.addUser({ handle: 'sven', role: 'OWNER' });
  const foreignChannel = elsewhere.addChannel('general', [stranger.id]);
  const foreignMessage = elsewhere.addMessage(foreignChannel.id, { authorId: stranger.id, text: 'not for the contract workspace' });

  return {
    provider: createMemoryProvider(workspace),
    owner: { accountId: 'account-olga', userId: owner.id },
    member: { accountId: 'account-mina', userId: member.id },
    outsider: { accountId: 'account-otto', userId: outsider.id },
    memberHandle: 'mina',
    publicChannelId: publicChannel.id,
    privateChannelId: privateChannel.id,
    unknownIds: { user: 'U9999999', channel: 'C9999999', message: 'M9999999' },
    otherWorkspaceMessageId: foreignMessage.id,
    cleanup: async () => {},
  };
}

runProviderContract('memory', () => memoryContractFixture());
// The same workspace as a mailbox (capabilities.email): mail changes what sends carry, not the contract.
runProviderContract('memory mailbox', () => memoryContractFixture({ email: true }));

/**
 * The memory workspace as one person's mailbox (capabilities.audience PERSONAL): Olga's alone. Mina and Otto
 * write to her (`deliver` stores their mail in her folder), she writes to them, and her own mail lands in
 * Sent; her two folders have her as their one member. The contract's personal reading, without a network.
 */
async function memoryPersonalFixture(): Promise<ContractFixture> {
  const workspace = new MemoryWorkspace({ name: 'Olga mail', personal: true });
  const owner = workspace.addUser({ handle: 'olga', displayName: 'Olga Owner', role: 'OWNER', accountId: 'account-olga', email: 'olga@example.com' });
  const member = workspace.addUser({ handle: 'mina', displayName: 'Mina Member', accountId: 'account-mina', email: 'mina@example.com' });
  const outsider = workspace.addUser({ handle: 'otto', displayName: 'Otto Outsider', accountId: 'account-otto', email: 'otto@example.com' });
  const inbox = workspace.addChannel('Inbox', [owner.id], { type: 'PRIVATE' });
  const plans = workspace.addChannel('Secret Plans', [owner.id], { type: 'PRIVATE' });
  workspace.sentChannelId = workspace.addChannel('Sent', [owner.id], { type: 'PRIVATE' }).id;
  const provider = createMemoryProvider(workspace);
  const addresses = new Map([owner, member, outsider].map((user) => [user.id, user.email!]));

  const elsewhere = new MemoryWorkspace({ name: 'Elsewhere mail', personal: true });
  const stranger = elsewhere.addUser({ handle: 'sven', role: 'OWNER' });
  const foreignMessage = elsewhere.addMessage(elsewhere.addChannel('Inbox', [stranger.id]).id, { authorId: stranger.id, text: 'not for Olga' });

  return {
    provider,
    owner: { accountId: 'account-olga', userId: owner.id },
    member: { accountId: 'account-mina', userId: member.id },
    outsider: { accountId: 'account-otto', userId: outsider.id },
    memberHandle: 'mina',
    publicChannelId: inbox.id,
    privateChannelId: plans.id,
    personal: {
      deliver: async (from, { channelId, text, parentId }) => {
        const message = workspace.addMessage(channelId, { authorId: from.userId, text, parentId, subject: text.slice(0, 60), recipients: { to: [owner.id] } });
        const [record] = await provider.loadMessages([message.id]);
        return record as MessageRecord;
      },
      sentChannelId: workspace.sentChannelId,
      addressOf: (actor) => addresses.get(actor.userId) ?? actor.userId,
    },
    unknownIds: { user: 'U9999999', channel: 'C9999999', message: 'M9999999' },
    otherWorkspaceMessageId: foreignMessage.id,
    cleanup: async () => {},
  };
}

runProviderContract('memory personal mailbox', memoryPersonalFixture);
