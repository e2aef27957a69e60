import { SwitchboardError } from '../errors.js';
import type { PageRequest } from '../providers/paging.js';

/** The largest page any list returns; bigger requests fail instead of silently shrinking. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Validates Relay connection arguments and turns them into a provider page request.
 * `first`/`after` read forward, `last`/`before` backward; mixing the two directions is an error, as is a
 * size outside 1…MAX_PAGE_SIZE. With no size, DEFAULT_PAGE_SIZE items are returned.
 */
export function pageRequest(args: ConnectionArgs & { around?: string | null }, options: { backward?: boolean } = {}): PageRequest {
  const { first, after, last, before } = args;
  const forward = first != null || after != null;
  const backward = last != null || before != null;
  if (forward && backward) {
    throw new SwitchboardError('VALIDATION_ERROR', 'Use first/after or last/before, not both.');
  }
  if (args.around != null) {
    if (after != null || before != null || last != null) {
      throw new SwitchboardError('VALIDATION_ERROR', 'around takes only first (the page size), not after, before or last.');
    }
    return { direction: 'around', limit: pageSize('first', first), anchorId: args.around };
  }
  if (backward) {
    if (options.backward === false) {
      throw new SwitchboardError('UNSUPPORTED', 'This list can only be read forward (first/after).');
    }
    return { direction: 'backward', limit: pageSize('last', last), cursor: before ?? null };
  }
  return { direction: 'forward', limit: pageSize('first', first), cursor: after ?? null };
}

function pageSize(name: string, value: number | null | undefined): number {
  if (value == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new SwitchboardError('VALIDATION_ERROR', `${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${value}.`, {
      field: [name],
    });
  }
  return value;
}
