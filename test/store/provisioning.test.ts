import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../src/errors.js';
import { addMember, createWorkspace, issueApiKey } from '../../src/store/provisioning.js';
import { startTestApp } from '../../testkit/app.js';

describe('provisioning a real installation (npm run admin)', () => {
  it('a new workspace, a member and a read-only key work through the API straight away', async () => {
    const app = await startTestApp('pglite', { seed: false });
    try {
      const { db } = app.started.services.database;
      const owner = await createWorkspace(db, 'Initech', { name: 'Peter Gibbons', email: 'peter@initech.test', handle: 'peter' });
      const member = await addMember(db, owner.workspaceId, { name: 'Milton Waddams', email: 'milton@initech.test', handle: 'milton' });
      expect(owner.apiKey).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);

      const channels = await app.gql(member.apiKey, '{ viewer { name } workspaces { name channels(first: 5) { nodes { id name } } } }');
      expect(channels.data).toMatchObject({
        viewer: { name: 'Milton Waddams' },
        workspaces: [{ name: 'Initech', channels: { nodes: [{ name: 'general' }] } }],
      });
      const generalId = (channels.data as { workspaces: Array<{ channels: { nodes: Array<{ id: string }> } }> }).workspaces[0]
        .channels.nodes[0].id;
      const sent = await app.gql(
        member.apiKey,
        `mutation { sendMessage(input: { channelId: "${generalId}", text: "have you seen my stapler?" }) { message { author { name } } userErrors { code } } }`,
      );
      expect(sent.data).toEqual({ sendMessage: { message: { author: { name: 'Milton Waddams' } }, userErrors: [] } });

      const readOnly = await issueApiKey(db, 'peter@initech.test', ['read']);
      const refused = await app.gql(
        readOnly,
        `mutation { sendMessage(input: { channelId: "${generalId}", text: "no" }) { userErrors { code } } }`,
      );
      expect(refused.data).toEqual({ sendMessage: { userErrors: [{ code: 'PERMISSION_DENIED' }] } });
    } finally {
      await app.close();
    }
  });

  it('refuses bad handles, emails and duplicates with clear messages', async () => {
    const app = await startTestApp('pglite', { seed: false });
    try {
      const { db } = app.started.services.database;
      const made = await createWorkspace(db, 'Initech', { name: 'Peter', email: 'peter@initech.test', handle: 'peter' });
      await expect(addMember(db, made.workspaceId, { name: 'Bob', email: 'bob@initech.test', handle: 'Bob Slydell' })).rejects.toThrow(
        '@Bob Slydell is not a valid handle: use lower-case letters, digits, dots, dashes and underscores.',
      );
      await expect(addMember(db, made.workspaceId, { name: 'Bob', email: 'not-an-email', handle: 'bob' })).rejects.toThrow(
        '"not-an-email" is not an email address.',
      );
      const duplicate = await addMember(db, made.workspaceId, { name: 'Peter', email: 'p2@initech.test', handle: 'peter' }).catch((e) => e);
      expect(duplicate).toBeInstanceOf(SwitchboardError);
      expect(duplicate.code).toBe('CONFLICT');
    } finally {
      await app.close();
    }
  });
});
