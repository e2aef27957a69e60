import { memoryContractWorld } from '../../../testkit/contract/memory-contract-world.js';
import { runProviderContract, type ContractFixture } from '../../../testkit/contract/provider-contract.js';
import { createMemoryProvider, MemoryWorkspace } from '../../../testkit/providers/memory/index.js';
import type { MessageRecord } from '../../../src/providers/model.js';

/**
 * The provider contract on the in-memory provider of the test kit (the world of
 * testkit/contract/memory-contract-world.ts). Its optional features are absent, so the cases that need them
 * are skipped by capability, visibly.
 */
async function memoryContractFixture(options: { email?: boolean } = {}): Promise<ContractFixture> {
  const world = memoryContractWorld(options);
  return world.fixture(createMemoryProvider(world.workspace), async () => {});
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
