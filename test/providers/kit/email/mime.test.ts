import { describe, expect, it } from 'vitest';
import { composeMessage, toBase64Url } from '../../../../src/providers/kit/email/mime-compose.js';
import { decodedHeader, headerOf, mailContent, messageIdsOf, parseMime, partText } from '../../../../src/providers/kit/email/mime-parse.js';
import { decodeEncodedWords } from '../../../../src/providers/kit/email/addresses.js';
import { parseHeaderValue } from '../../../../src/providers/kit/email/mime-headers.js';

const crlf = (lines: string[]) => lines.join('\r\n');

describe('MIME parsing', () => {
  it('reads multipart/alternative inside multipart/mixed with a quoted-printable latin-1 body and a base64 attachment', () => {
    const raw = crlf([
      'From: =?iso-8859-1?Q?Ren=E9e?= <renee@example.com>',
      'Subject: =?UTF-8?B?Q2Fmw6k=?= =?UTF-8?B?IG9uIG1vbmRheQ==?=',
      'Message-ID: <a1@example.com>',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      'preamble ignored',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Caf=E9 at no=',
      'on =3D fine',
      '--inner',
      'Content-Type: text/html; charset="windows-1252"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>Caf=E9 =80 at noon</p>',
      '--inner--',
      '--outer',
      'Content-Type: application/pdf; name="menu.pdf"',
      'Content-Disposition: attachment; filename*=UTF-8\'\'men%C3%BC.pdf',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.4 fake').toString('base64'),
      '--outer--',
      '',
    ]);
    const root = parseMime(raw);
    expect(root.mimeType).toBe('multipart/mixed');
    expect(root.parts.map((part) => part.mimeType)).toEqual(['multipart/alternative', 'application/pdf']);
    expect(root.parts[0].parts.map((part) => part.partId)).toEqual(['0.0', '0.1']);
    expect(decodedHeader(root.headers, 'subject')).toBe('Café on monday');
    expect(decodedHeader(root.headers, 'from')).toBe('Renée <renee@example.com>');
    const content = mailContent(root);
    expect(content.text).toBe('Café at noon = fine');
    expect(content.html).toBe('<p>Café € at noon</p>');
    expect(content.attachments).toEqual([
      { partId: '1', filename: 'menü.pdf', contentType: 'application/pdf', size: 13, contentId: null, inline: false, bodyRef: null },
    ]);
    expect(Buffer.from(root.parts[1].body!).toString()).toBe('%PDF-1.4 fake');
  });

  it('takes the root of multipart/related as the body and its images as inline attachments', () => {
    const raw = crlf([
      'Content-Type: multipart/related; boundary=rel; start="<body@x>"',
      '',
      '--rel',
      'Content-Type: image/png',
      'Content-ID: <logo@x>',
      'Content-Disposition: inline',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--rel',
      'Content-Type: text/html; charset=utf-8',
      'Content-ID: <body@x>',
      '',
      '<img src="cid:logo@x"> hello',
      '--rel--',
    ]);
    const content = mailContent(parseMime(raw));
    expect(content.html).toBe('<img src="cid:logo@x"> hello');
    expect(content.text).toBeNull();
    expect(content.attachments).toMatchObject([{ contentType: 'image/png', contentId: 'logo@x', inline: true, filename: 'attachment' }]);
  });

  it('reads a single-part message with 8bit UTF-8, folded headers and no Content-Type', () => {
    const root = parseMime(Buffer.from(crlf(['Subject: a long', '  folded subject', 'References: <a@x>', '\t<b@x>', '', 'Grüße'])));
    expect(root.mimeType).toBe('text/plain');
    expect(headerOf(root.headers, 'SUBJECT')).toBe('a long folded subject');
    expect(messageIdsOf(headerOf(root.headers, 'references'))).toEqual(['<a@x>', '<b@x>']);
    expect(partText(root)).toBe('Grüße');
  });

  it('decodes RFC 2047 words split inside a character and RFC 2231 continuations', () => {
    const euro = Buffer.from('€', 'utf8');
    const first = `=?utf-8?B?${euro.subarray(0, 1).toString('base64')}?=`;
    const second = `=?utf-8?B?${euro.subarray(1).toString('base64')}?=`;
    expect(decodeEncodedWords(`${first} ${second} 5`)).toBe('€ 5');
    expect(parseHeaderValue(`attachment; filename*0*=utf-8''a%C3%A9; filename*1=".txt"`).params.filename).toBe('aé.txt');
  });
});

describe('MIME composing', () => {
  it('composes a reply with threading headers, html, an attachment and non-ASCII names that parses back', () => {
    const raw = composeMessage({
      from: { name: 'Bob Ü', address: 'bob@example.com' },
      to: [{ name: 'Alice', address: 'alice@example.com' }],
      cc: [{ name: null, address: 'carol@example.com' }],
      subject: 'Re: Café',
      messageId: '<m2@example.com>',
      inReplyTo: '<m1@example.com>',
      references: ['<m0@example.com>', '<m1@example.com>'],
      date: new Date('2023-11-14T22:13:20Z'),
      text: 'Yes — see you',
      html: '<p>Yes — see you</p>',
      attachments: [{ filename: 'plan.txt', contentType: 'text/plain', content: Buffer.from('step 1') }],
    });
    expect([...raw].every((char) => char.charCodeAt(0) < 0x80)).toBe(true);
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    const root = parseMime(Buffer.from(toBase64Url(raw), 'base64url'));
    expect(headerOf(root.headers, 'in-reply-to')).toBe('<m1@example.com>');
    expect(messageIdsOf(headerOf(root.headers, 'references'))).toEqual(['<m0@example.com>', '<m1@example.com>']);
    expect(decodedHeader(root.headers, 'subject')).toBe('Re: Café');
    expect(decodedHeader(root.headers, 'from')).toBe('Bob Ü <bob@example.com>');
    expect(headerOf(root.headers, 'date')).toBe('Tue, 14 Nov 2023 22:13:20 +0000');
    const content = mailContent(root);
    expect(content).toMatchObject({ text: 'Yes — see you', html: '<p>Yes — see you</p>' });
    expect(content.attachments).toMatchObject([{ filename: 'plan.txt', contentType: 'text/plain', size: 6 }]);
  });

  it('refuses header injection', () => {
    expect(() =>
      composeMessage({ from: { name: null, address: 'a@x.com' }, to: [], subject: 's', messageId: '<a@x>\r\nBcc: evil@x.com', text: '' }),
    ).toThrow(/line breaks/);
  });
});
