import type { Plugin } from 'graphql-yoga';

/**
 * GET /healthz, the liveness probe: 200 whenever the process answers HTTP, also while it drains and when
 * the database is down (restarting the process would not bring that back). Whether to send it traffic is
 * /readyz's question (./readiness.ts).
 */
export function healthCheck(): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname !== '/healthz') return;
      endResponse(Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } }));
    },
  };
}
