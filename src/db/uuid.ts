/**
 * Every id Switchboard's own tables hand out is a PostgreSQL uuid. Checking the shape before a query
 * matters: PostgreSQL rejects a malformed uuid with an error, which would fail a whole statement instead
 * of answering "not found" for one key.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
