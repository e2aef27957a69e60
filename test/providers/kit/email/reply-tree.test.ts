import { describe, expect, it } from 'vitest';
import { buildReplyTree, parseMessageIds, type ThreadedMail } from '../../../../src/providers/kit/email/reply-tree.js';

/** A mail of the conversation: `minute` places it in time; headers as a mailer writes them. */
function mail(id: string, minute: number, headers: { messageId?: string | null; inReplyTo?: string | null; references?: string | null; deleted?: boolean; authorId?: string } = {}): ThreadedMail {
  return {
    id,
    messageId: headers.messageId === undefined ? `<${id}@mail.example>` : headers.messageId,
    inReplyTo: headers.inReplyTo ?? null,
    references: headers.references ?? null,
    date: new Date(Date.UTC(2026, 0, 1, 9, minute)),
    deleted: headers.deleted,
    authorId: headers.authorId,
  };
}

/** A reply to `parents` (the last is the direct parent), with References as a well-behaved mailer writes it. */
function reply(id: string, minute: number, parents: string[], extra: { deleted?: boolean; authorId?: string } = {}): ThreadedMail {
  return mail(id, minute, {
    inReplyTo: `<${parents[parents.length - 1]}@mail.example>`,
    references: parents.map((parent) => `<${parent}@mail.example>`).join(' '),
    ...extra,
  });
}

/** The tree as `child → parent` links, for readable assertions. */
function links(messages: ThreadedMail[]): Record<string, string | null> {
  const tree = buildReplyTree(messages);
  return Object.fromEntries(tree.order.map((id) => [id, tree.parentOf(id)]));
}

describe('buildReplyTree', () => {
  it('a conversation of replies to replies becomes a tree under its oldest message', () => {
    const messages = [reply('c', 3, ['a', 'b']), mail('a', 1), reply('b', 2, ['a']), reply('d', 4, ['a', 'b', 'c'])];
    const tree = buildReplyTree(messages);
    expect(tree.rootId).toBe('a');
    expect(tree.order).toEqual(['a', 'b', 'c', 'd']);
    expect(links(messages)).toEqual({ a: null, b: 'a', c: 'b', d: 'c' });
    expect(tree.threadRootOf('a')).toBeNull();
    expect(['b', 'c', 'd'].map((id) => tree.threadRootOf(id))).toEqual(['a', 'a', 'a']);
  });

  it('forked replies: two answers to one message are siblings, oldest first', () => {
    const messages = [mail('a', 1), reply('b', 2, ['a']), reply('x', 4, ['a', 'b']), reply('y', 3, ['a', 'b']), reply('z', 5, ['a', 'b', 'x'])];
    const tree = buildReplyTree(messages);
    expect(tree.childrenOf('b')).toEqual(['y', 'x']);
    expect(tree.childrenOf('x')).toEqual(['z']);
    expect(tree.descendantsOf('a')).toEqual(['b', 'y', 'x', 'z']);
    expect(tree.replyCount('b')).toBe(3);
  });

  it('a missing middle message: the reply hangs on the nearest ancestor it references that is present', () => {
    // c answered b, which is not in the mailbox; c's References still name a.
    const messages = [mail('a', 1), reply('c', 3, ['a', 'b']), reply('e', 5, ['a', 'b', 'c', 'd'])];
    expect(links(messages)).toEqual({ a: null, c: 'a', e: 'c' });
  });

  it('References are read from last to first: the nearest present ancestor wins over an older one', () => {
    const messages = [mail('a', 1), reply('b', 2, ['a']), mail('e', 5, { inReplyTo: '<gone@mail.example>', references: '<a@mail.example> <b@mail.example> <gone@mail.example>' })];
    expect(links(messages)).toEqual({ a: null, b: 'a', e: 'b' });
  });

  it('In-Reply-To wins over References when they disagree', () => {
    const messages = [mail('a', 1), reply('b', 2, ['a']), reply('c', 3, ['a']), mail('d', 4, { inReplyTo: '<b@mail.example>', references: '<a@mail.example> <c@mail.example>' })];
    expect(links(messages).d).toBe('b');
  });

  it('a reply whose ancestors all left the mailbox, or mail with no headers, hangs under the first message', () => {
    const messages = [mail('a', 1), reply('b', 2, ['gone1', 'gone2']), mail('c', 3, { messageId: null })];
    expect(links(messages)).toEqual({ a: null, b: 'a', c: 'a' });
  });

  it('duplicated Message-IDs: the first by date owns the id, a later duplicate hangs under it, and replies go to the first', () => {
    const messages = [
      mail('a', 1),
      mail('sent-copy', 2, { messageId: '<b@mail.example>', inReplyTo: '<a@mail.example>' }),
      mail('list-copy', 3, { messageId: '<B@Mail.Example>', inReplyTo: '<a@mail.example>' }),
      reply('c', 4, ['a', 'b']),
    ];
    const tree = buildReplyTree(messages);
    expect(links(messages)).toEqual({ a: null, 'sent-copy': 'a', 'list-copy': 'sent-copy', c: 'sent-copy' });
    expect(tree.childrenOf('sent-copy')).toEqual(['list-copy', 'c']);
    expect(tree.hasChildren('list-copy')).toBe(false);
  });

  it('a reply that changes the subject stays in the tree (subjects are not read)', () => {
    const messages = [mail('a', 1), reply('b', 2, ['a']), { ...reply('c', 3, ['a', 'b']), subject: 'New topic (was: Lunch)' } as ThreadedMail];
    expect(links(messages).c).toBe('b');
  });

  it('never loops: headers naming each other and a reply dated before its parent still reach the root', () => {
    // b and c claim to answer each other; d answers itself; e answers c.
    const messages = [
      mail('a', 1),
      mail('b', 2, { inReplyTo: '<c@mail.example>' }),
      mail('c', 3, { inReplyTo: '<b@mail.example>' }),
      mail('d', 4, { inReplyTo: '<d@mail.example>', references: '<d@mail.example>' }),
      mail('e', 5, { inReplyTo: '<c@mail.example>' }),
    ];
    const tree = buildReplyTree(messages);
    expect(links(messages)).toEqual({ a: null, b: 'a', c: 'b', d: 'a', e: 'c' });
    for (const id of tree.order) {
      const path: string[] = [];
      for (let at: string | null = id; at !== null; at = tree.parentOf(at)) {
        path.push(at);
        expect(path.length).toBeLessThanOrEqual(tree.order.length);
      }
      expect(path[path.length - 1]).toBe('a');
    }
    // The oldest is the root whatever its own In-Reply-To says (clock skew: it answered a later-dated one).
    const skewed = [mail('early', 1, { inReplyTo: '<late@mail.example>' }), mail('late', 2)];
    expect(links(skewed)).toEqual({ early: null, late: 'early' });
  });

  it('fills the thread fields of a record: tombstones keep hasChildren but leave replyCount, lastReplyAt and participants', () => {
    const messages = [
      mail('a', 1, { authorId: 'ann' }),
      reply('b', 2, ['a'], { authorId: 'bob' }),
      reply('c', 3, ['a', 'b'], { authorId: 'cat', deleted: true }),
      reply('d', 4, ['a'], { authorId: 'ann' }),
    ];
    const tree = buildReplyTree(messages);
    expect(tree.fields('a')).toEqual({
      parentId: null,
      threadRootId: null,
      hasChildren: true,
      replyCount: 2,
      lastReplyAt: new Date(Date.UTC(2026, 0, 1, 9, 4)),
      threadParticipantIds: ['ann', 'bob'],
    });
    expect(tree.fields('b')).toEqual({ parentId: 'a', threadRootId: 'a', hasChildren: true, replyCount: 0, lastReplyAt: null, threadParticipantIds: [] });
    expect(tree.fields('unknown')).toEqual({ parentId: null, threadRootId: null, hasChildren: false, replyCount: 0, lastReplyAt: null, threadParticipantIds: [] });
  });

  it('is independent of input order, and an empty conversation has no root', () => {
    const messages = [mail('a', 1), reply('b', 2, ['a']), reply('c', 2, ['a']), reply('d', 3, ['a', 'c'])];
    expect(links([...messages].reverse())).toEqual(links(messages));
    expect(buildReplyTree([]).rootId).toBeNull();
  });
});

describe('parseMessageIds', () => {
  it('reads bracketed ids with comments and folding, bare ids, and split lists', () => {
    expect(parseMessageIds('<a@x.example>\r\n <B@X.example> (the second)')).toEqual(['a@x.example', 'b@x.example']);
    expect(parseMessageIds('<a@x.example> (Jane Doe\'s message of Monday)')).toEqual(['a@x.example']);
    expect(parseMessageIds('a@x.example b@x.example')).toEqual(['a@x.example', 'b@x.example']);
    expect(parseMessageIds(['<a@x.example>', ' b@x.example '])).toEqual(['a@x.example', 'b@x.example']);
    expect(parseMessageIds(null)).toEqual([]);
    expect(parseMessageIds('<>')).toEqual([]);
  });
});
