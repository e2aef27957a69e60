import type { Plugin } from 'graphql-yoga';
import { sql } from 'kysely';
import type { Services } from '../context.js';
import { pendingMigrations } from '../db/database.js';
import { logWarn } from '../log.js';
import type { Lifecycle } from './lifecycle.js';

/** How long the database may take to answer the probe before it counts as unreachable. */
const DATABASE_TIMEOUT_MS = 2_000;

type Check = 'ok' | string;

/**
 * GET /readyz, the readiness probe: 200 when this instance should get traffic — the database answers,
 * this code's migrations are all applied, the event bus is connected (Redis), and the server is not
 * draining — else 503. The body names each check's state (no details beyond that: it is unauthenticated).
 */
export function readinessCheck(services: Services, lifecycle: Lifecycle): Plugin {
  // Migrations never un-apply: once all are there, later probes skip the question.
  let migrationsApplied = false;
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/readyz') return;
      const checks: Record<string, Check> = {
        draining: lifecycle.draining ? 'draining' : 'ok',
        database: 'ok',
        migrations: 'ok',
        bus: services.bus.connected?.() === false ? 'disconnected' : 'ok',
      };
      try {
        await withTimeout(sql`select 1`.execute(services.database.db), DATABASE_TIMEOUT_MS);
        if (!migrationsApplied) {
          const pending = await pendingMigrations(services.database.db);
          migrationsApplied = pending.length === 0;
          if (!migrationsApplied) checks.migrations = `${pending.length} pending`;
        }
      } catch (error) {
        checks.database = error instanceof ProbeTimeout ? 'timeout' : 'unreachable';
        checks.migrations = 'unknown';
      }
      const ready = Object.values(checks).every((check) => check === 'ok');
      if (!ready && !lifecycle.draining) logWarn('not_ready', { checks });
      endResponse(Response.json({ status: ready ? 'ready' : 'unavailable', checks }, { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } }));
    },
  };
}

class ProbeTimeout extends Error {}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ProbeTimeout()), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
