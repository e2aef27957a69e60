import { SwitchboardError } from '../../../errors.js';

/**
 * Cursors of the scheduled-message list: its keyset (scheduled time, id), opaque to clients. A cursor that
 * does not decode answers VALIDATION_ERROR, as every list's does.
 */

export function encodeScheduledCursor(scheduledFor: Date, id: string): string {
  return Buffer.from(JSON.stringify([scheduledFor.toISOString(), id]), 'utf8').toString('base64url');
}

export function decodeScheduledCursor(cursor: string): { scheduledFor: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const scheduledFor = new Date(typeof at === 'string' ? at : Number.NaN);
    if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(scheduledFor.getTime())) return { scheduledFor, id };
  } catch {
    // Not JSON: refused below.
  }
  throw new SwitchboardError('VALIDATION_ERROR', `Cursor ${JSON.stringify(cursor)} is not a valid cursor.`);
}
