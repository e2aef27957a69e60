import { badRequest } from './wire.js';

/**
 * The OData query options the fake understands, the way Graph treats them on Teams resources: `$top`
 * (bounded per resource), `$select`, `$expand`, `$filter` (comparisons joined by `and`, `startswith`),
 * `$orderby`, and `$skiptoken` paging with absolute `@odata.nextLink`s, which is what the SDK's
 * PageIterator and the provider follow.
 */

export interface ODataQuery {
  top: number | null;
  select: string[] | null;
  expand: string[];
  filter: FilterClause[] | null;
  orderby: { property: string; descending: boolean } | null;
  skiptoken: string | null;
  /** Everything else in the query string, kept for nextLinks. */
  rest: URLSearchParams;
}

export interface FilterClause {
  property: string;
  op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'startswith';
  value: string | number | boolean | null;
}

export function parseQuery(params: URLSearchParams): ODataQuery {
  const rest = new URLSearchParams();
  for (const [key, value] of params) if (!key.startsWith('$')) rest.append(key, value);
  const topText = params.get('$top');
  const top = topText === null ? null : Number(topText);
  if (top !== null && (!Number.isInteger(top) || top < 1)) throw badRequest(`Invalid value '${topText}' for $top.`);
  const orderText = params.get('$orderby');
  const order = orderText ? /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(orderText) : null;
  if (orderText && !order) throw badRequest(`Invalid $orderby '${orderText}'.`);
  return {
    top,
    select: params.get('$select')?.split(',').map((part) => part.trim()).filter(Boolean) ?? null,
    expand: params.get('$expand')?.split(',').map((part) => part.trim()).filter(Boolean) ?? [],
    filter: params.has('$filter') ? parseFilter(params.get('$filter')!) : null,
    orderby: order ? { property: order[1], descending: (order[2] ?? 'asc').toLowerCase() === 'desc' } : null,
    skiptoken: params.get('$skiptoken'),
    rest,
  };
}

const CLAUSE = /^\s*([\w/]+)\s+(eq|ne|gt|ge|lt|le)\s+('(?:[^']|'')*'|[\w:.+-]+)\s*$/i;
const STARTSWITH = /^\s*startswith\(\s*([\w/]+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i;

function parseFilter(text: string): FilterClause[] {
  return text.split(/\s+and\s+/i).map((part) => {
    const starts = STARTSWITH.exec(part);
    if (starts) return { property: starts[1], op: 'startswith', value: starts[2].replace(/''/g, "'") };
    const match = CLAUSE.exec(part);
    if (!match) throw badRequest(`Invalid filter clause: ${part.trim()}`, 'BadRequest');
    return { property: match[1], op: match[2].toLowerCase() as FilterClause['op'], value: literal(match[3]) };
  });
}

function literal(token: string): FilterClause['value'] {
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token === 'null') return null;
  if (token === 'true' || token === 'false') return token === 'true';
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  return token; // a bare DateTimeOffset such as 2024-01-01T00:00:00Z
}

/** Whether an item passes the filter; `allowed` lists the properties (and operators) the resource supports. */
export function matchesFilter(item: Record<string, unknown>, filter: FilterClause[] | null, allowed: Record<string, FilterClause['op'][]>): boolean {
  if (!filter) return true;
  return filter.every((clause) => {
    const ops = allowed[clause.property];
    if (!ops || !ops.includes(clause.op)) throw badRequest(`Filter on property '${clause.property}' with '${clause.op}' is not supported.`);
    const actual = clause.property.split('/').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], item);
    const [a, b] = comparable(actual, clause.value);
    switch (clause.op) {
      case 'eq': return a === b;
      case 'ne': return a !== b;
      case 'gt': return a !== null && b !== null && a > b;
      case 'ge': return a !== null && b !== null && a >= b;
      case 'lt': return a !== null && b !== null && a < b;
      case 'le': return a !== null && b !== null && a <= b;
      case 'startswith': return typeof a === 'string' && typeof b === 'string' && a.toLowerCase().startsWith(b.toLowerCase());
    }
  });
}

/** Dates compare as instants, everything else as given. */
function comparable(actual: unknown, expected: FilterClause['value']): [string | number | boolean | null, string | number | boolean | null] {
  const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value);
  if (isDate(actual) && isDate(expected)) return [Date.parse(actual as string), Date.parse(expected as string)];
  return [(actual ?? null) as string | number | boolean | null, expected];
}

/** Keeps only the selected properties (and OData annotations, which Graph always sends). */
export function project<T extends object>(item: T, select: string[] | null): Partial<T> {
  if (!select) return item;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (key === 'id' || key.startsWith('@odata') || select.includes(key)) kept[key] = value;
  return kept as Partial<T>;
}

/** The page size: `$top` within `max`, else `fallback`; a `$top` above `max` is Graph's 400. */
export function pageSize(query: ODataQuery, fallback: number, max: number): number {
  if (query.top !== null && query.top > max) throw badRequest(`The value of $top must be between 1 and ${max}.`);
  return query.top ?? fallback;
}

/** A skiptoken is the offset into the (stable) list, opaque to callers. */
export function offsetOf(query: ODataQuery): number {
  if (!query.skiptoken) return 0;
  const decoded = Buffer.from(query.skiptoken, 'base64url').toString('utf8');
  const match = /^offset:(\d+)$/.exec(decoded);
  if (!match) throw badRequest('The $skiptoken is invalid.');
  return Number(match[1]);
}

/**
 * One page of `items` and its `@odata.nextLink`: the same absolute URL with the next `$skiptoken`, the
 * other query options kept (Graph's nextLinks carry `$top`, `$expand`… along).
 */
export function page<T>(items: T[], query: ODataQuery, size: number, selfUrl: URL): { value: T[]; '@odata.nextLink'?: string } {
  const offset = offsetOf(query);
  const value = items.slice(offset, offset + size);
  if (offset + size >= items.length) return { value };
  return { value, '@odata.nextLink': linkWith(selfUrl, '$skiptoken', Buffer.from(`offset:${offset + size}`, 'utf8').toString('base64url')) };
}

/** `url` with one query option set, written as Graph writes links: `$` options literal, values encoded. */
export function linkWith(url: URL, key: string, value: string): string {
  const parts = [...url.searchParams].filter(([name]) => name !== key).map(([name, v]) => `${name}=${encodeURIComponent(v)}`);
  parts.push(`${key}=${encodeURIComponent(value)}`);
  return `${url.origin}${url.pathname}?${parts.join('&')}`;
}
