/**
 * Uploads for providers that send file bytes themselves (mail): Switchboard stages each file, sealed, until
 * the message carrying it is sent. See README.md. A provider plugs it in with one line:
 * `withStagedUploads(definition)`.
 */
export { withStagedUploads, uploadCapabilities, type StagedUploadOptions, type StagedUploadRuntime } from './runtime.js';
export { StagedUploads } from './part.js';
export { StagedUploadStore, DEFAULT_STAGED_TTL_MS, STAGED_FOLDER, type StagedUploadStoreOptions } from './store.js';
export { StagedFileSeal } from './sealing.js';
export type { StagedUploadsTable } from './tables.js';
