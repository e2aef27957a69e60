import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../../src/providers/model.js';
import type { InboxFilter } from '../../../src/providers/provider.js';
import { containerId } from '../../../src/providers/teams/ids.js';
import { walkForward } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';
import type { Container } from '../../../testkit/fakes/graph/index.js';

/**
 * The inbox reads at most 10 Graph pages of a channel per inbox page (50 roots each). These channels are
 * deeper than that with a filter that matches nothing in their first 10 pages: every page that promises a
 * next one must hold a message to continue from, and no matching message may be skipped.
 */

describe('teams inbox: channels deeper than the page limit', () => {
  let t: TeamsTenant;
  const byOwner = (channelIds: string[]): InboxFilter => ({ channelIds, authorIds: [t.owner.id], mentioningUserId: null, createdAfter: null, createdBefore: null });
  const newChannel = (name: string): { container: Container; id: string } => {
    const channel = t.fake.tenant.addChannel(t.team.id, name);
    return { container: { kind: 'channel', teamId: t.team.id, channelId: channel.id }, id: containerId({ kind: 'channel', teamId: t.team.id, channelId: channel.id }) };
  };
  /** More roots than 10 pages of 50, by the member, so that the owner's filter matches none of them. */
  const bury = (container: Container) => {
    for (let n = 0; n < 520; n += 1) t.fake.tenant.addMessage(container, t.member.id, { body: { contentType: 'text', content: `noise ${n}` } });
  };
  const walkInbox = (filter: InboxFilter) => walkForward((page) => t.provider.listInbox(t.actors.owner, filter, { limit: page.limit, cursor: page.direction === 'forward' ? page.cursor : null }), 5);
  const texts = (nodes: MessageRecord[]) => nodes.map((node) => node.text);

  beforeAll(async () => {
    t = await openTeamsTenant();
  });
  afterAll(() => t?.close());

  it('a page that says it has a next page holds a message to continue from, and the buried match is found', async () => {
    const deep = newChannel('deep');
    t.fake.tenant.addMessage(deep.container, t.owner.id, { body: { contentType: 'text', content: 'buried' } });
    bury(deep.container);
    const walked = await walkInbox(byOwner([deep.id]));
    expect(texts(walked.nodes)).toEqual(['buried']);
    expect(walked.pages.at(-1)!.hasNextPage).toBe(false);
  });

  it('a message of another channel older than where a deep channel stopped is not shown before that channel’s newer match', async () => {
    const shallow = newChannel('shallow');
    const deep = newChannel('deeper');
    t.fake.tenant.addMessage(shallow.container, t.owner.id, { body: { contentType: 'text', content: 'oldest' } });
    t.fake.tenant.addMessage(deep.container, t.owner.id, { body: { contentType: 'text', content: 'newer, buried' } });
    bury(deep.container);
    const walked = await walkInbox(byOwner([shallow.id, deep.id]));
    expect(texts(walked.nodes)).toEqual(['newer, buried', 'oldest']);
  });
});
