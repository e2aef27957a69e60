import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../../../src/providers/kit/email/addresses.js';
import { MailPeople } from '../../../../src/providers/kit/email/people.js';

describe('MailPeople', () => {
  it('turns header mailboxes into recipient ids and remembers the names the headers gave', () => {
    const people = new MailPeople('gmail', 'ws-1');
    const recipients = people.recipients({
      from: parseAddressList('"Jane Doe" <Jane@Outside.example>'),
      to: parseAddressList('Bob <bob@acme.example>, bob@acme.example, carl@partner.example'),
      cc: parseAddressList('"J. D." <jane@outside.example>'),
      replyTo: parseAddressList('list@lists.example'),
    });
    expect(recipients).toEqual({
      from: ['jane@outside.example'],
      to: ['bob@acme.example', 'carl@partner.example'],
      cc: ['jane@outside.example'],
      bcc: [],
      replyTo: ['list@lists.example'],
    });
    // A sender names themself: the From name wins over the one someone typed in Cc.
    expect(people.user('jane@outside.example')).toMatchObject({ id: 'jane@outside.example', name: 'Jane Doe', email: 'jane@outside.example', provider: 'gmail', workspaceId: 'ws-1' });
    expect(people.user('BOB@acme.example')).toMatchObject({ id: 'bob@acme.example', name: 'Bob' });
    // Met without a name: named by the address; never met: null (the loader's fallback answers).
    expect(people.user('carl@partner.example')).toMatchObject({ name: 'carl@partner.example' });
    expect(people.user('nobody@else.example')).toBeNull();
  });

  it('a later From name replaces a recipient name, but not another From name', () => {
    const people = new MailPeople('outlook', 'ws-2');
    people.note({ name: 'Ann (typed by Bob)', address: 'ann@x.example' });
    people.note({ name: 'Ann Lee', address: 'ann@x.example' }, 'from');
    people.note({ name: 'Ann L.', address: 'ann@x.example' }, 'from');
    expect(people.user('ann@x.example')?.name).toBe('Ann Lee');
  });

  it('leaves out replyTo when it is the sender', () => {
    const people = new MailPeople('gmail', 'ws-1');
    const record = people.recipients({ from: parseAddressList('a@x.example'), to: parseAddressList('b@x.example'), cc: [], replyTo: parseAddressList('A@x.example') });
    expect(record).toEqual({ from: ['a@x.example'], to: ['b@x.example'], cc: [], bcc: [] });
  });
});
