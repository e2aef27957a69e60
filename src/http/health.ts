import type { Plugin } from 'graphql-yoga';
import { sql } from 'kysely';
import type { Services } from '../context.js';
import { logUnexpected } from '../log.js';

/** GET /healthz: 200 when the database answers, 503 otherwise. */
export function healthCheck(services: Services): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/healthz') return;
      try {
        await sql`select 1`.execute(services.database.db);
        endResponse(Response.json({ status: 'ok', database: services.database.target.kind }));
      } catch (error) {
        logUnexpected(error);
        endResponse(Response.json({ status: 'unavailable' }, { status: 503 }));
      }
    },
  };
}
