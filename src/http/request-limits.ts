import { GraphQLError, Lexer, parse, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Services, Viewer } from '../context.js';
import { isMultipart, requestBodyLimit } from '../files/rules.js';
import { authenticate, bearerToken, rememberViewer } from './auth.js';
import { bodyTooLarge, countedRequest } from './body-stream.js';

/** Largest request body accepted, in bytes: a 40,000-character message with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Most tokens a GraphQL document may have; the parser stops there instead of building a huge AST. */
export const MAX_DOCUMENT_TOKENS = 5_000;
/**
 * Most brackets, braces and parentheses open at once. graphql-js parses recursively, so a document of nested
 * lists (`[[[[…]]]]`, two tokens a level) under the token limit still overflowed the stack; depth 20 queries
 * with arguments need far fewer.
 */
export const MAX_DOCUMENT_NESTING = 64;

/**
 * Cheap guards before any GraphQL work, on every route:
 *
 * - A body declared (Content-Length) over its limit gets HTTP 413 before a byte is read: MAX_BODY_BYTES, or
 *   for a multipart upload the attachment limit plus room for its other parts (src/files/rules.ts), which
 *   must say how big it is (HTTP 411 otherwise).
 * - Every body is counted as it streams (./body-stream.ts): a chunked one is cut off at the same limit, 413.
 * - A GraphQL POST without a valid API key gets its 401 before its body is read (./auth.ts), unless its body
 *   is declared and small (EARLY_AUTH_BODY_BYTES): that one is read, so that the refusal is logged with its operation.
 * - A document over MAX_DOCUMENT_TOKENS or nested deeper than MAX_DOCUMENT_NESTING fails to parse with
 *   VALIDATION_ERROR.
 */
/** Declared bodies up to this size are read before a missing key is refused (their operation is logged). */
const EARLY_AUTH_BODY_BYTES = 64 * 1024;

export function requestSizeLimits(services: Services): Plugin {
  const maxAttachmentBytes = services.files.maxBytes;
  return {
    async onRequest({ request, url, setRequest, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      // Multipart uploads (uploadAttachment) may carry a file up to the attachment limit; src/files/rules.ts.
      const limit = requestBodyLimit(request, MAX_BODY_BYTES, maxAttachmentBytes);
      if (isMultipart(request) && !request.headers.has('content-length')) {
        const message = 'A multipart upload must declare its Content-Length.';
        return endResponse(Response.json({ errors: [{ message, extensions: { code: 'VALIDATION_ERROR' } }] }, { status: 411 }));
      }
      if (length > limit) {
        const message = `The request body is ${length.toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')}.`;
        return endResponse(Response.json({ errors: [{ message, extensions: { code: 'VALIDATION_ERROR' } }] }, { status: 413, headers: { connection: 'close' } }));
      }
      let viewer: Viewer | null = null;
      // A small body with its length declared is read and refused by yoga as usual, so that the refusal is
      // logged and measured with its operation name (./request-log.ts, ./metrics.ts); a chunked or large one
      // without a valid key gets its 401 before a byte of it is read.
      const smallDeclared = request.headers.has('content-length') && length <= EARLY_AUTH_BODY_BYTES;
      if (request.method === 'POST' && url.pathname === '/graphql' && !smallDeclared) {
        try {
          viewer = await authenticate(services, bearerToken(request));
        } catch (error) {
          return endResponse(unauthenticated(error as GraphQLError));
        }
      }
      const counted = countedRequest(request, limit, fetchAPI.Request);
      if (counted !== request) setRequest(counted);
      if (viewer) rememberViewer(counted, viewer);
    },
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      // A read cut off by the counter may reach the parser wrapped in the reader's own error.
      setRequestParser((async (incoming: Request) => {
        try {
          return await parse(incoming);
        } catch (error) {
          throw bodyTooLarge(error) ?? error;
        }
      }) as typeof parse);
    },
    onParse({ setParseFn }) {
      setParseFn((source, parseOptions) => {
        refuseDeepNesting(typeof source === 'string' ? source : source.body);
        return parse(source, { ...parseOptions, maxTokens: MAX_DOCUMENT_TOKENS });
      });
    },
  };
}

/**
 * Counts nesting with graphql-js's own lexer (iterative, so strings and comments are skipped correctly)
 * before the recursive parser sees the document. Lexing stops at the token limit and at a syntax error;
 * the parser then reports those.
 */
function refuseDeepNesting(body: string): void {
  const lexer = new Lexer(new Source(body));
  let depth = 0;
  let deepest = 0;
  try {
    for (let count = 0, token = lexer.advance(); token.kind !== TokenKind.EOF && count <= MAX_DOCUMENT_TOKENS; count += 1, token = lexer.advance()) {
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) deepest = Math.max(deepest, ++depth);
      else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.PAREN_R) depth -= 1;
    }
  } catch {
    // A syntax error: the parser reports it with its position.
  }
  if (deepest > MAX_DOCUMENT_NESTING) {
    throw new GraphQLError(
      `The document nests ${deepest.toLocaleString('en-US')} levels deep; at most ${MAX_DOCUMENT_NESTING} brackets, braces and parentheses may be open at once.`,
      { extensions: { code: 'VALIDATION_ERROR' } },
    );
  }
}

/** The 401 yoga would answer later, now: the same body and WWW-Authenticate header. */
function unauthenticated(error: GraphQLError): Response {
  const http = error.extensions?.http as { status?: number; headers?: Record<string, string> } | undefined;
  const body = { errors: [{ message: error.message, extensions: { code: error.extensions?.code ?? 'NOT_AUTHENTICATED' } }] };
  return Response.json(body, { status: http?.status ?? 401, headers: { ...http?.headers, connection: 'close' } });
}
