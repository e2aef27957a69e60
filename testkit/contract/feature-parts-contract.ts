import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../src/errors.js';
import { claimsFeature, FEATURES, requireFeature, type Feature } from '../../src/providers/provider.js';
import type { FixtureGetter } from './contract-support.js';

/**
 * Optional parts agree with capabilities: each part of MessagingProvider (scheduled messages, search, pins,
 * link previews, read state, thread subscriptions, channel administration, uploads) is present exactly when
 * `capabilities()` claims its feature, so a client that trusts `Workspace.capabilities` never meets an
 * UNSUPPORTED it was not told about, and a provider never hides a part it has. The feature cases of the
 * other contract suites skip by the part's absence; this one makes that the same as skipping by capability.
 */
export function featurePartsContract(get: FixtureGetter): void {
  describe('optional parts', () => {
    for (const feature of Object.keys(FEATURES) as Feature[]) {
      const { capability } = FEATURES[feature];
      it(`the ${feature} part is present exactly when capabilities.${capability} claims it`, () => {
        const { provider } = get();
        const claimed = claimsFeature(provider.capabilities(), feature);
        expect(provider[feature] !== undefined, `capabilities.${capability} is ${String(provider.capabilities()[capability])}`).toBe(claimed);
        if (claimed) {
          expect(requireFeature(provider, feature)).toBe(provider[feature]);
          return;
        }
        // Absent: the one way callers reach a part answers UNSUPPORTED, naming the provider and the capability.
        let thrown: unknown = null;
        try {
          requireFeature(provider, feature);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(SwitchboardError);
        expect((thrown as SwitchboardError).code).toBe('UNSUPPORTED');
        expect((thrown as SwitchboardError).message).toContain(`The ${provider.provider} provider`);
        expect((thrown as SwitchboardError).message).toContain(`capabilities.${capability}`);
      });
    }
  });
}
