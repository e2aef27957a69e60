import { withStagedUploads } from '../../../../src/providers/kit/uploads/index.js';
import { runProviderContract } from '../../../../testkit/contract/provider-contract.js';
import { wrappedMemoryFixture } from '../../../../testkit/contract/wrapped-memory-fixture.js';

/**
 * The provider contract on the memory provider as a server opens it through the kit's staged uploads
 * (withStagedUploads): the wrapped provider keeps every rule of the bare one, and its `uploads` part is present
 * exactly when its capabilities say attachmentUpload (the feature-parts cases). Sending staged files runs
 * against the mail providers' fakes (test/providers/outlook/attachments-send.test.ts, gmail/attachments-send.test.ts).
 */
runProviderContract('memory with the kit\'s staged uploads', () => wrappedMemoryFixture(withStagedUploads));
