import { SwitchboardError } from '../errors.js';
import { notFound } from '../errors.js';
import { decodeGlobalId, encodeGlobalId, type GlobalId } from '../providers/ids.js';
import type { WorkspaceHandle } from '../providers/registry.js';

/** A reference to one object in one workspace, decoded from a global id. */
export interface Ref extends WorkspaceHandle {
  nativeId: string;
}

/**
 * Decodes a global id given as an argument and checks that it names the expected type, so that passing a
 * channel id where a message id belongs fails with a message that says so.
 */
export function refFromGlobalId(value: string, expected: string | string[], field: string[]): Ref {
  let decoded: GlobalId;
  try {
    decoded = decodeGlobalId(value);
  } catch (error) {
    if (error instanceof SwitchboardError) throw new SwitchboardError(error.code, `${field.at(-1)}: ${error.message}`, { field });
    throw error;
  }
  const allowed = Array.isArray(expected) ? expected : [expected];
  if (!allowed.includes(decoded.typename)) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `${field.at(-1)}: expected the id of a ${allowed.join(' or ')}, but ${JSON.stringify(value)} is the id of a ${decoded.typename}.`,
      { field },
    );
  }
  return { provider: decoded.provider, workspaceId: decoded.workspaceId, nativeId: decoded.nativeId };
}

/** A filter's optional list of global ids, each checked like `refFromGlobalId`; null when not given. */
export function filterRefs(ids: readonly (string | number)[] | null | undefined, expected: string, field: string): Ref[] | null {
  return ids ? ids.map((id) => refFromGlobalId(String(id), expected, ['filter', field])) : null;
}

/**
 * NOT_FOUND naming the object by its global id, the id the client holds (and most likely sent), never by the
 * provider's internal id. `label` is how the message names the type ("Scheduled message").
 */
export function notFoundRef(typename: string, ref: Ref, label: string = typename): SwitchboardError {
  return notFound(label, encodeGlobalId({ typename, provider: ref.provider, workspaceId: ref.workspaceId, nativeId: ref.nativeId }));
}

/** NOT_FOUND for a workspace, by its global id. */
export function workspaceNotFound(handle: WorkspaceHandle): SwitchboardError {
  return notFoundRef('Workspace', { ...handle, nativeId: handle.workspaceId });
}

export function sameWorkspace(a: WorkspaceHandle, b: WorkspaceHandle): boolean {
  return a.provider === b.provider && a.workspaceId === b.workspaceId;
}
