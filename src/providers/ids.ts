import { SwitchboardError } from '../errors.js';
import type { ProviderName } from './model.js';

/**
 * Opaque global ids. A global id names the GraphQL type, the provider, the Switchboard workspace and the
 * provider's native id, so any id a client holds can be routed to the right provider without a lookup.
 * Parts are URI-encoded before joining because native ids of some providers (Graph) contain any character.
 */
export interface GlobalId {
  typename: string;
  provider: ProviderName;
  workspaceId: string;
  nativeId: string;
}

/**
 * A provider name as definitions spell them (src/providers/definition.ts). Which providers a server runs is
 * its registry's business: an id of a provider it does not run names no workspace anyone belongs to.
 */
const PROVIDER_NAME = /^[a-z][a-z0-9-]{0,31}$/;
const PREFIX = 'sb1';

export function encodeGlobalId(id: GlobalId): string {
  const raw = [PREFIX, id.typename, id.provider, id.workspaceId, id.nativeId].map(encodeURIComponent).join(':');
  return Buffer.from(raw, 'utf8').toString('base64url');
}

/** Decodes a global id; throws VALIDATION_ERROR naming the bad value when it is not one of ours. */
export function decodeGlobalId(value: string): GlobalId {
  const parts = Buffer.from(value, 'base64url').toString('utf8').split(':');
  if (parts.length !== 5 || parts[0] !== PREFIX) {
    throw new SwitchboardError('VALIDATION_ERROR', `${JSON.stringify(value)} is not a valid Switchboard id.`);
  }
  let decoded: string[];
  try {
    decoded = parts.map(decodeURIComponent);
  } catch {
    // A part with a bad % escape was never written by encodeGlobalId.
    throw new SwitchboardError('VALIDATION_ERROR', `${JSON.stringify(value)} is not a valid Switchboard id.`);
  }
  const [, typename, provider, workspaceId, nativeId] = decoded;
  if (!PROVIDER_NAME.test(provider) || !typename || !workspaceId || !nativeId) {
    throw new SwitchboardError('VALIDATION_ERROR', `${JSON.stringify(value)} is not a valid Switchboard id.`);
  }
  return { typename, provider: provider as ProviderName, workspaceId, nativeId };
}

/**
 * The id a record exposes to the schema before global encoding: workspace and native id together, so that
 * Pothos' relay plugin can encode it with the typename it knows.
 */
export function scopedId(provider: ProviderName, workspaceId: string, nativeId: string): string {
  return [provider, workspaceId, nativeId].map(encodeURIComponent).join(':');
}

export function parseScopedId(value: string): { provider: ProviderName; workspaceId: string; nativeId: string } {
  const [provider, workspaceId, nativeId] = value.split(':').map(decodeURIComponent);
  return { provider: provider as ProviderName, workspaceId, nativeId };
}
