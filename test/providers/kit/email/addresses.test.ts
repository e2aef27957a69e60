import { describe, expect, it } from 'vitest';
import {
  decodeEncodedWords,
  encodeHeaderText,
  formatAddress,
  formatAddressList,
  isValidAddress,
  parseAddress,
  parseAddressList,
  parseAddressListEntries,
} from '../../../../src/providers/kit/email/addresses.js';

describe('parseAddressList', () => {
  it('reads names, quoted names with commas, bare addresses and old-style comments', () => {
    expect(parseAddressList('"Doe, Jane" <jane@example.com>, Bob Smith <bob@example.com>, carl@example.org, dan@example.net (Dan D.)')).toEqual([
      { name: 'Doe, Jane', address: 'jane@example.com' },
      { name: 'Bob Smith', address: 'bob@example.com' },
      { name: null, address: 'carl@example.org' },
      { name: 'Dan D.', address: 'dan@example.net' },
    ]);
  });

  it('reads escaped quotes, folded lines, angle brackets inside quotes and source routes', () => {
    expect(parseAddressList('"Ann \\"The Boss\\" <Lee>" <ann@example.com>,\r\n\t<@relay.example:eve@example.com>')).toEqual([
      { name: 'Ann "The Boss" <Lee>', address: 'ann@example.com' },
      { name: null, address: 'eve@example.com' },
    ]);
  });

  it('keeps groups (flattened by parseAddressList), including empty ones', () => {
    const header = 'Team: ann@example.com, "B, Bob" <bob@example.com>;, undisclosed-recipients:;, zed@example.com';
    expect(parseAddressListEntries(header)).toEqual([
      { group: 'Team', members: [{ name: null, address: 'ann@example.com' }, { name: 'B, Bob', address: 'bob@example.com' }] },
      { group: 'undisclosed-recipients', members: [] },
      { name: null, address: 'zed@example.com' },
    ]);
    expect(parseAddressList(header).map((mailbox) => mailbox.address)).toEqual(['ann@example.com', 'bob@example.com', 'zed@example.com']);
  });

  it('decodes encoded-word names and skips entries that are not addresses', () => {
    expect(parseAddressList('=?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <juergen@example.de>, nonsense, , <broken@>, =?iso-8859-1?Q?Andr=E9?= <andre@example.fr>')).toEqual([
      { name: 'Jürgen Müller', address: 'juergen@example.de' },
      { name: 'André', address: 'andre@example.fr' },
    ]);
    expect(parseAddressList(null)).toEqual([]);
    expect(parseAddressList('')).toEqual([]);
  });
});

describe('parseAddress', () => {
  it('takes exactly one mailbox, as a client names a recipient', () => {
    expect(parseAddress('jane@example.com')).toEqual({ name: null, address: 'jane@example.com' });
    expect(parseAddress('  "Jane Doe" <jane@example.com> ')).toEqual({ name: 'Jane Doe', address: 'jane@example.com' });
    for (const bad of ['', 'jane', 'jane@', '@example.com', 'a@b.example, c@d.example', 'Team: a@b.example;', 'jane@localhost', 'jane@exa mple.com', 'ja ne@example.com', '<javascript:alert(1)>', 'a@b.example\r\nBcc: x@y.example', 'a..b@example.com', 'a@1.2.3.4']) {
      expect(parseAddress(bad), bad).toBeNull();
    }
  });
});

describe('isValidAddress', () => {
  it('accepts dot-atoms, quoted local parts, international addresses and domain literals; refuses the rest', () => {
    for (const good of ['a@b.example', "o'brien+tag@mail.example.co.uk", '"john doe"@example.com', 'jürgen@müller.example', 'admin@[192.0.2.1]']) expect(isValidAddress(good), good).toBe(true);
    for (const bad of ['a@b', 'a@-b.example', `${'x'.repeat(65)}@example.com`, `a@${'x'.repeat(250)}.example`, 'a@b.example.', '.a@b.example']) expect(isValidAddress(bad), bad).toBe(false);
  });
});

describe('formatAddress', () => {
  it('quotes names with specials, encodes names beyond ASCII, and leaves bare addresses bare', () => {
    expect(formatAddress({ name: null, address: 'a@example.com' })).toBe('a@example.com');
    expect(formatAddress({ name: 'Bob Smith', address: 'bob@example.com' })).toBe('Bob Smith <bob@example.com>');
    expect(formatAddress({ name: 'Doe, "JD" Jane', address: 'jane@example.com' })).toBe('"Doe, \\"JD\\" Jane" <jane@example.com>');
    expect(formatAddress({ name: 'Jürgen', address: 'j@example.de' })).toBe('=?UTF-8?B?SsO8cmdlbg==?= <j@example.de>');
    expect(formatAddress({ name: 'Evil\r\nBcc: x@y.example', address: 'e@example.com' })).toBe('"Evil Bcc: x@y.example" <e@example.com>');
  });

  it('round-trips through the parser', () => {
    const list = [
      { name: 'Doe, Jane', address: 'jane@example.com' },
      { name: '山田 太郎', address: 'taro@example.jp' },
      { name: null, address: 'plain@example.com' },
      { name: 'A "quoted" \\ name', address: 'q@example.com' },
    ];
    expect(parseAddressList(formatAddressList(list))).toEqual(list);
  });
});

describe('encoded words', () => {
  it('decodes B and Q words in any charset, dropping the space between adjacent words', () => {
    expect(decodeEncodedWords('=?utf-8?B?SGVsbG8=?= =?utf-8?B?IFdvcmxk?=')).toBe('Hello World');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Caf=E9_cr=E8me?= and more')).toBe('Café crème and more');
    expect(decodeEncodedWords('=?windows-1252?Q?=80_100?=')).toBe('€ 100');
    expect(decodeEncodedWords('=?UTF-8*en?Q?Hi?=')).toBe('Hi');
    expect(decodeEncodedWords('no words here =?broken')).toBe('no words here =?broken');
  });

  it('joins a character split across two adjacent words of one charset', () => {
    // "é" is C3 A9 in UTF-8; a mailer split it between two words.
    expect(decodeEncodedWords('=?UTF-8?Q?caf=C3?= =?UTF-8?Q?=A9?=')).toBe('café');
  });

  it('encodes text beyond ASCII in words of at most 75 characters, never splitting a character', () => {
    expect(encodeHeaderText('Plain subject')).toBe('Plain subject');
    const long = 'Grüße aus München — 東京からのお知らせ '.repeat(4);
    const encoded = encodeHeaderText(long);
    for (const word of encoded.split(' ')) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeEncodedWords(encoded)).toBe(long);
    // Text that looks like an encoded word is encoded, so a reader cannot mistake it for one.
    expect(decodeEncodedWords(encodeHeaderText('=?utf-8?B?eA==?='))).toBe('=?utf-8?B?eA==?=');
  });
});
