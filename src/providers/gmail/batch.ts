import { randomBytes } from 'node:crypto';

/**
 * Gmail's batch endpoint (`POST {root}batch/gmail/v1`, multipart/mixed of `application/http` parts, each a
 * whole HTTP request with the path only; answered by a multipart/mixed of whole HTTP responses, matched by
 * `Content-ID: response-<id>`, in any order). googleapis for Node has no batch helper, so this is the wire.
 * Every part counts against the quota like a single call.
 */

export interface BatchPart {
  /** Path and query from the origin: `/gmail/v1/users/me/threads/abc?format=full`. */
  path: string;
}

export interface BatchAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** At most this many calls per batch: Google allows 100 but warns that more than 50 trigger rate limiting. */
export const MAX_BATCH = 50;

export function encodeBatch(parts: readonly BatchPart[]): { contentType: string; body: string } {
  const boundary = `batch_${randomBytes(12).toString('hex')}`;
  const body =
    parts.map((part, i) => `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <item${i}>\r\n\r\nGET ${part.path} HTTP/1.1\r\nAccept: application/json\r\n\r\n`).join('') +
    `--${boundary}--\r\n`;
  return { contentType: `multipart/mixed; boundary=${boundary}`, body };
}

/** The answers in the order of the parts asked; a part Google left out answers a 500. */
export function decodeBatch(contentType: string, text: string, count: number): BatchAnswer[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  const answers: BatchAnswer[] = Array.from({ length: count }, () => ({ status: 500, headers: {}, body: { error: { code: 500, errors: [{ reason: 'missingBatchPart' }] } } }));
  if (!boundary) return answers;
  for (const chunk of text.split(`--${boundary}`)) {
    const match = /content-id:\s*<?response-item(\d+)>?/i.exec(chunk);
    if (!match) continue;
    const index = Number(match[1]);
    if (index >= count) continue;
    const http = chunk.slice(chunk.search(/HTTP\/1\.[01] /));
    const [head, ...rest] = http.split(/\r?\n\r?\n/);
    const [statusLine, ...headerLines] = head.split(/\r?\n/);
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const raw = rest.join('\r\n\r\n').trim();
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = null;
    }
    answers[index] = { status: Number(statusLine.split(' ')[1]), headers, body };
  }
  return answers;
}
