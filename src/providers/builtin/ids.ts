import { isUuid } from '../../db/uuid.js';

/** Native ids of the built-in workspace are the uuids of its rows. */
export const isNativeId = isUuid;

/** Keeps only well-formed ids; the others can only be "not found". */
export function wellFormed(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isNativeId))];
}
