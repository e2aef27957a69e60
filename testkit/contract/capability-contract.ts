import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../../src/providers/capabilities.js';
import { expectError, forward, keys, post, type ContractFixture, type FixtureGetter } from './contract-support.js';

/**
 * Capabilities are a promise both ways: what they claim works (the other contract files), and what they
 * deny answers UNSUPPORTED rather than an empty answer or a silent success, so that a client that trusted
 * `Workspace.capabilities` and a client that did not see the same truth. The optional feature parts
 * (scheduled messages, search, pins…) are checked by feature-parts-contract.ts; here, the core methods a
 * provider may deny.
 */

interface DeniedFeature {
  /** The capability, as the skip and failure messages name it. */
  name: string;
  denied(capabilities: Capabilities): boolean;
  /** One call of the feature that must fail with UNSUPPORTED. */
  call(f: ContractFixture, messageId: string): Promise<unknown>;
}

const FEATURES: DeniedFeature[] = [
  { name: 'editMessages', denied: (c) => !c.editMessages, call: (f, id) => f.provider.updateMessage(f.owner, id, { text: 'edited', format: 'text' }) },
  { name: 'deleteMessages', denied: (c) => !c.deleteMessages, call: (f, id) => f.provider.deleteMessage(f.owner, id) },
  { name: 'reactions', denied: (c) => !c.reactions, call: (f, id) => f.provider.addReaction(f.owner, id, ':eyes:') },
];

/** A batch read of a denied feature may fail as a whole or in its slot; either way the slot is UNSUPPORTED. */
async function unsupportedCall(work: Promise<unknown>): Promise<Promise<unknown>> {
  const outcome = await work.then(
    (value) => value,
    (error: unknown) => error,
  );
  if (Array.isArray(outcome) && outcome[0] instanceof Error) return Promise.reject(outcome[0]);
  return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome);
}

export function capabilityContract(get: FixtureGetter): void {
  describe('capabilities', () => {
    it('every feature the capabilities deny answers UNSUPPORTED', async (ctx) => {
      const f = get();
      const capabilities = f.provider.capabilities();
      const denied = FEATURES.filter((feature) => feature.denied(capabilities));
      ctx.skip(denied.length === 0, 'skipped: the capabilities deny no feature');
      const message = await post(f, f.owner, f.publicChannelId, 'capabilities: a message to try features on');
      for (const feature of denied) {
        const error = await expectError(unsupportedCall(feature.call(f, message.id)), 'UNSUPPORTED').catch((failure: Error) => {
          throw new Error(`capabilities deny ${feature.name}, but: ${failure.message}`);
        });
        expect(error.message.length, `${feature.name}: the error says why`).toBeGreaterThan(0);
      }
    });

    it('reply lists keep the tree the capabilities describe (threadModel)', async () => {
      const f = get();
      const root = await post(f, f.owner, f.publicChannelId, 'capabilities: root');
      const reply = await post(f, f.member, f.publicChannelId, 'capabilities: reply', { parentId: root.id });
      const nested = await post(f, f.owner, f.publicChannelId, 'capabilities: reply to the reply', { parentId: reply.id });
      const [children] = await f.provider.listChildren(keys([root.id], forward(10)));
      const childIds = (children as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
      if (f.provider.capabilities().threadModel === 'TREE') {
        expect(nested).toMatchObject({ parentId: reply.id, threadRootId: root.id });
        expect(childIds).toEqual([reply.id]);
      } else {
        // FLAT: a reply to a reply joins the root's thread.
        expect(nested).toMatchObject({ parentId: root.id, threadRootId: root.id });
        expect(childIds).toEqual([reply.id, nested.id]);
      }
    });
  });
}
