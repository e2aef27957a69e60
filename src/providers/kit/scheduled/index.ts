/**
 * Scheduled messages for providers without native scheduling, kept sealed by Switchboard and delivered by
 * its scheduler. See README.md. A provider plugs it in with one line: `withEmulatedScheduledMessages(definition)`.
 */
export { withEmulatedScheduledMessages, emulatedCapabilities, type EmulatedSchedulingOptions } from './runtime.js';
export { EmulatedScheduledMessages, type EmulatedScheduledOptions } from './part.js';
export { EmulatedScheduledQueue, emulatedScheduledQueue } from './queue.js';
export { ScheduledContentSeal } from './sealing.js';
export { renderScheduledContent, type ContentRenderer } from './render.js';
export type { EmulatedScheduledMessagesTable } from './tables.js';
