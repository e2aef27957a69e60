import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../context.js';

/**
 * Every operation of an API key — query, mutation or subscription, over HTTP, SSE or graphql-ws — takes a
 * token from the key's bucket (src/limits/rate-limiter.ts) before it runs. An empty bucket answers
 * RATE_LIMITED with `retryAfterSeconds`; over HTTP with status 429 and Retry-After.
 */
export function perKeyRateLimit(): Plugin {
  const check = async ({ args, setResultAndStopExecution }: {
    args: { contextValue: unknown };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) => {
    const ctx = args.contextValue as Partial<RequestContext> & { request?: unknown };
    const keyId = ctx.viewer?.apiKeyId;
    if (!keyId || !ctx.services) return;
    const taken = await ctx.services.rateLimiter.take(keyId);
    if (taken.allowed) return;
    const { retryAfterSeconds } = taken;
    // An HTTP request (yoga's fetch Request; graphql-ws operations have none).
    const overHttp = typeof (ctx.request as Request | undefined)?.headers?.get === 'function';
    setResultAndStopExecution({
      errors: [
        new GraphQLError(`This API key made too many requests; retry in ${retryAfterSeconds} s.`, {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds,
            // yoga turns this into the response's status and headers, and leaves it out of the body.
            ...(overHttp ? { http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } } } : {}),
          },
        }),
      ],
    });
  };
  return { onExecute: check, onSubscribe: check };
}
