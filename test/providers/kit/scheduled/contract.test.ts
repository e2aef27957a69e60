import { withEmulatedScheduledMessages } from '../../../../src/providers/kit/scheduled/index.js';
import { runProviderContract } from '../../../../testkit/contract/provider-contract.js';
import { wrappedMemoryFixture } from '../../../../testkit/contract/wrapped-memory-fixture.js';

/**
 * The provider contract on the memory provider as a server opens it through the kit's emulated scheduled
 * messages (withEmulatedScheduledMessages): the wrapped provider keeps every rule of the bare one, and its
 * `scheduled` part is present exactly when its capabilities say EMULATED (the feature-parts cases). The
 * scheduled-message behaviour itself runs in the GraphQL table suite (test/graphql/scheduled-table.test.ts)
 * and in ./emulated.test.ts.
 */
runProviderContract('memory with the kit\'s emulated scheduled messages', () => wrappedMemoryFixture(withEmulatedScheduledMessages));
