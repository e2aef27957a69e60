import { afterAll, beforeAll } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestApp, type TestApp } from './app.js';
import type { StoreKind } from './databases.js';

const DemoDirectory = graphql(`
  query DemoDirectory {
    workspaces {
      id
      name
      channels(first: 100, includeArchived: true) {
        nodes { id name }
      }
      users(first: 100) {
        nodes { id name }
      }
    }
  }
`);

export interface DemoDirectory {
  acmeId: string;
  globexId: string;
  /** A channel of Globex, where carol has no user. */
  globexChannelId: string;
  /** Acme channels by name (as alice sees them: every channel of the demo). */
  channel: Record<string, string>;
  /** Acme users by display name. */
  user: Record<string, string>;
}

/**
 * Ids of the demo seed's workspaces, channels and users, looked up as alice (who sees everything); `aliceKey`
 * is her API key (another world built like the demo has keys of its own: testkit/providers/table.ts), and
 * `acmeName` what Acme is called (a mailbox is named by its owner: testkit/providers/fixtures/mailbox-world.ts).
 */
export async function demoDirectory(app: TestApp, aliceKey = 'demo-alice', acmeName = 'Acme'): Promise<DemoDirectory> {
  const { data, errors } = await app.gql(aliceKey, DemoDirectory);
  if (!data) throw new Error(`directory query failed: ${JSON.stringify(errors)}`);
  const acme = data.workspaces.find((workspace) => workspace.name === acmeName);
  const globex = data.workspaces.find((workspace) => workspace.name === 'Globex');
  if (!acme || !globex) throw new Error('demo workspaces missing');
  return {
    acmeId: acme.id,
    globexId: globex.id,
    globexChannelId: globex.channels.nodes[0].id,
    channel: Object.fromEntries(acme.channels.nodes.map((channel) => [channel.name, channel.id])),
    user: Object.fromEntries(acme.users.nodes.map((user) => [user.name, user.id])),
  };
}

/**
 * A seeded app for the enclosing describe block, started before its tests and closed after them;
 * `ready` receives the app and the demo's ids.
 */
export function useDemoApp(kind: StoreKind, ready: (app: TestApp, demo: DemoDirectory) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(kind);
    ready(app, await demoDirectory(app));
  });
  afterAll(() => app?.close());
}
