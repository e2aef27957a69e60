import { randomBytes } from 'node:crypto';
import { parseEncryptionKey } from '../../src/connections/crypto.js';
import type { ProviderDefinition } from '../../src/providers/definition.js';
import { PROVIDERS } from '../../src/providers/index.js';
import { startTestApp } from '../app.js';
import { MEMORY, MemoryWorkspaces } from '../providers/memory/index.js';
import { memoryContractWorld } from './memory-contract-world.js';
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
  const world = memoryContractWorld();
  memory.add(world.workspace);
  memory.add(world.elsewhere);
  return world.fixture(app.started.services.registry.open({ provider: MEMORY, workspaceId: world.workspace.id }), () => app.close());
}
