/**
 * Native ids of the built-in workspace are PostgreSQL uuids. Checking the shape before a query matters:
 * PostgreSQL rejects a malformed uuid with an error, which would fail a whole batch instead of one key.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isNativeId(value: string): boolean {
  return UUID.test(value);
}

/** Keeps only well-formed ids; the others can only be "not found". */
export function wellFormed(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isNativeId))];
}
