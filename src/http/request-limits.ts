import { parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isMultipart, requestBodyLimit } from '../files/rules.js';

/** Largest request body accepted, in bytes: a 40,000-character message with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Most tokens a GraphQL document may have; the parser stops there instead of building a huge AST. */
export const MAX_DOCUMENT_TOKENS = 5_000;

/**
 * Cheap guards before any GraphQL work: a body over MAX_BODY_BYTES (by Content-Length) gets HTTP 413, and
 * a document over MAX_DOCUMENT_TOKENS fails to parse with VALIDATION_ERROR. A multipart upload may be as big
 * as the attachment limit plus room for its other parts, and must say how big (HTTP 411 otherwise).
 */
export function requestSizeLimits(maxAttachmentBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      // Multipart uploads (uploadAttachment) may carry a file up to the attachment limit; src/files/rules.ts.
      const limit = requestBodyLimit(request, MAX_BODY_BYTES, maxAttachmentBytes);
      if (isMultipart(request) && !request.headers.has('content-length')) {
        const message = 'A multipart upload must declare its Content-Length.';
        endResponse(Response.json({ errors: [{ message, extensions: { code: 'VALIDATION_ERROR' } }] }, { status: 411 }));
      } else if (length > limit) {
        const message = `The request body is ${length.toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')}.`;
        endResponse(Response.json({ errors: [{ message, extensions: { code: 'VALIDATION_ERROR' } }] }, { status: 413 }));
      }
    },
    onParse({ setParseFn }) {
      setParseFn((source, parseOptions) => parse(source, { ...parseOptions, maxTokens: MAX_DOCUMENT_TOKENS }));
    },
  };
}
