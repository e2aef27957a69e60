import { randomBytes } from 'node:crypto';
import { parseEncryptionKey } from '../../src/connections/crypto.js';
import type { ProviderDefinition } from '../../src/providers/definition.js';
import { PROVIDERS } from '../../src/providers/index.js';
import { startTestApp } from '../app.js';
import { MEMORY, MemoryWorkspace, MemoryWorkspaces } from '../providers/memory/index.js';
import type { ContractFixture } from './provider-contract.js';

/**
 * The contract world on the memory provider as a server opens it through a provider kit's wrapper
 * (`withEmulatedScheduledMessages`, `withStagedUploads`): the wrapped provider must keep every rule of the
 * bare one. The app has an encryption key, which both kits need to seal what they keep.
 */
export async function wrappedMemoryFixture(wrap: (definition: ProviderDefinition<unknown>) => ProviderDefinition<unknown>): Promise<ContractFixture> {
  const memory = new MemoryWorkspaces();
  const app = await startTestApp('pglite', {
    seed: false,
    providers: [...PROVIDERS, wrap(memory.definition)],
    connections: { encryption: { current: parseEncryptionKey('test key', randomBytes(32).toString('hex')), previous: [] }, providers: {} },
  });
  const workspace = new MemoryWorkspace({ name: 'Contract Co' });
  const owner = workspace.addUser({ handle: 'olga', displayName: 'Olga Owner', role: 'OWNER', accountId: 'account-olga' });
  const member = workspace.addUser({ handle: 'mina', displayName: 'Mina Member', accountId: 'account-mina' });
  const outsider = workspace.addUser({ handle: 'otto', displayName: 'Otto Outsider', accountId: 'account-otto' });
  const publicChannel = workspace.addChannel('general', [owner.id, member.id, outsider.id], { description: 'Company-wide' });
  const privateChannel = workspace.addChannel('secret-plans', [owner.id, member.id], { type: 'PRIVATE' });
  const elsewhere = new MemoryWorkspace({ name: 'Elsewhere Inc' });
  const stranger = elsewhere.addUser({ handle: 'sven', role: 'OWNER' });
  const foreignMessage = elsewhere.addMessage(elsewhere.addChannel('general', [stranger.id]).id, { authorId: stranger.id, text: 'not for the contract workspace' });
  memory.add(workspace);
  memory.add(elsewhere);

  return {
    provider: app.started.services.registry.open({ provider: MEMORY, workspaceId: workspace.id }),
    owner: { accountId: 'account-olga', userId: owner.id },
    member: { accountId: 'account-mina', userId: member.id },
    outsider: { accountId: 'account-otto', userId: outsider.id },
    memberHandle: 'mina',
    publicChannelId: publicChannel.id,
    privateChannelId: privateChannel.id,
    unknownIds: { user: 'U9999999', channel: 'C9999999', message: 'M9999999' },
    otherWorkspaceMessageId: foreignMessage.id,
    cleanup: () => app.close(),
  };
}
