import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * Requests to Switchboard with the API key in the Authorization header (never in a URL). The key is kept
 * in sessionStorage: it lasts as long as the tab and is not shared with other tabs or sites.
 */

const KEY = 'switchboard-api-key';

export function apiKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setApiKey(key: string | null): void {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

const printed = new WeakMap<object, string>();

/** The document as text; the same text every time, so a subscription ticket matches its stream. */
export function textOf(document: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export async function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${apiKey() ?? ''}` },
    body: JSON.stringify({ query: textOf(document as TypedDocumentNode<unknown, never>), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code ?? null);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, null);
  return body.data;
}

/** Fails with the first userError of a mutation payload, if any. */
export function check(payload: { userErrors: ReadonlyArray<{ code: string; message: string }> }): void {
  const [first] = payload.userErrors;
  if (first) throw new ApiError(first.message, first.code);
}
