import type { MessagingProvider } from '../../src/providers/provider.js';
import { MemoryWorkspace } from '../providers/memory/index.js';
import type { ContractFixture } from './provider-contract.js';

/**
 * The provider contract's world on the memory provider: a workspace with owner, member and outsider, a public
 * channel with all three and a private one without the outsider, and a second workspace with one message the
 * first must never see. `fixture` names it for the contract, read through whichever provider serves it (the
 * bare memory provider, or a server's provider wrapped by a kit).
 */
export function memoryContractWorld(options: { email?: boolean } = {}) {
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
    workspace,
    elsewhere,
    fixture: (provider: MessagingProvider, cleanup: () => Promise<void>): ContractFixture => ({
      provider,
      owner: { accountId: 'account-olga', userId: owner.id },
      member: { accountId: 'account-mina', userId: member.id },
      outsider: { accountId: 'account-otto', userId: outsider.id },
      memberHandle: 'mina',
      publicChannelId: publicChannel.id,
      privateChannelId: privateChannel.id,
      unknownIds: { user: 'U9999999', channel: 'C9999999', message: 'M9999999' },
      otherWorkspaceMessageId: foreignMessage.id,
      cleanup,
    }),
  };
}
