import type { Actor, MessageRecord } from '../model.js';
import type { BatchResult, Page, PageKey } from '../paging.js';

// ── Pins ────────────────────────────────────────────────────────────────────────────────────────────
//
// At most `capabilities.maxPinsPerChannel` per channel. Slack: `pins.add`/`pins.remove`/`pins.list`,
// whose `already_pinned` maps to CONFLICT, `too_many_pins` to VALIDATION_ERROR and `no_pin` to NOT_FOUND;
// Slack posts its own "pinned a message" system message, which an adapter returns as `announcement`.
// Present on a provider exactly when `capabilities.pins` is not NONE.
//
// Rules every provider keeps:
// - Pin and unpin are open to anyone who can write in the channel (the resolvers check that); already
//   pinned is CONFLICT, a full channel VALIDATION_ERROR, unpinning a message that is not pinned NOT_FOUND.

/** A pinned message, and the system message that announces it when the provider posts one. */
export interface PinResult {
  message: MessageRecord;
  announcement: MessageRecord | null;
}

/** Pins, an optional part of a provider (`MessagingProvider.pins`). */
export interface Pins {
  /** Pins a message to its channel (CONFLICT when already pinned, VALIDATION_ERROR when the channel is full). */
  pinMessage(actor: Actor, messageId: string): Promise<PinResult>;
  /** Unpins a message (NOT_FOUND when it is not pinned). */
  unpinMessage(actor: Actor, messageId: string): Promise<MessageRecord>;
  /** Pinned messages of each channel (a key's parentId is a channel id), most recently pinned first. Forward only. */
  listPins(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>>;
}
