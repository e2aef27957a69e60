import { randomBytes } from 'node:crypto';
import { parseEncryptionKey } from '../../../../src/connections/crypto.js';
import { PROVIDERS } from '../../../../src/providers/index.js';
import { withStagedUploads } from '../../../../src/providers/kit/uploads/index.js';
import { startTestApp } from '../../../../testkit/app.js';
import { runProviderContract, type ContractFixture } from '../../../../testkit/contract/provider-contract.js';
import { MEMORY, MemoryWorkspace, MemoryWorkspaces } from '../../../../testkit/providers/memory/index.js';

/**
 * The provider contract on the memory provider as a server opens it through the kit's staged uploads
 * (withStagedUploads): the wrapped provider keeps every rule of the bare one, and its `uploads` part is present
 * exactly when its capabilities say attachmentUpload (the feature-parts cases). Sending staged files runs
 * against the mail providers' fakes (test/providers/outlook/attachments-send.test.ts, gmail/attachments-send.test.ts).
 */
async function stagedUploadsMemoryFixture(): Promise<ContractFixture> {
  const memory = new MemoryWorkspaces();
  const app = await startTestApp('pglite', {
    seed: false,
    providers: [...PROVIDERS, withStagedUploads(memory.definition)],
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

runProviderContract('memory with the kit\'s staged uploads', stagedUploadsMemoryFixture);
