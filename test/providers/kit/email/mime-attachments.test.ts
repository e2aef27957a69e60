import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../../../src/providers/kit/email/mime-compose.js';
import { mailContent, parseHeaderBlock, parseMime, type MimePart } from '../../../../src/providers/kit/email/mime-parse.js';

/**
 * Files in composed mail (what Gmail sends as raw RFC 2822): a multipart/mixed of the body and base64 parts,
 * file names in RFC 2231 (continued when long) with RFC 2047 `name=` beside, parsed back to the same names,
 * types and bytes, with no line longer than the limits allow.
 */

const NAMES = [
  'report.pdf',
  'notes "draft" v2.txt',
  'Rapport annuel — été 2026 ‘final’ (v2) * 100% prêt pour la réunion du conseil.pdf',
  `${'長い名前のファイル'.repeat(20)}.csv`,
  "it's (almost) 50% done* ü.zip",
];

function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

describe('attachments in composed mail', () => {
  const files = NAMES.map((filename, index) => ({ filename, contentType: index === 0 ? 'application/pdf' : 'application/octet-stream', content: randomBytes(1000 + index * 977) }));
  const raw = composeMessage({
    from: { name: 'Ana Lima', address: 'ana@example.com' },
    to: [{ name: null, address: 'bob@example.com' }],
    subject: 'Files — all of them',
    messageId: '<files@example.com>',
    text: 'See the files.',
    html: '<p>See the <b>files</b>.</p>',
    attachments: files,
  });

  it('parses back to the same names, types and bytes, after the text and HTML alternatives', () => {
    const root = parseMime(raw);
    expect(root.mimeType).toBe('multipart/mixed');
    expect(root.parts[0].mimeType).toBe('multipart/alternative');
    const content = mailContent(root);
    expect(content.text).toContain('See the files.');
    expect(content.html).toContain('<b>files</b>');
    expect(content.attachments.map((attachment) => [attachment.filename, attachment.contentType, attachment.size])).toEqual(files.map((file) => [file.filename, file.contentType, file.content.length]));
    const parts = leaves(root).filter((part) => part.disposition === 'attachment');
    expect(parts.map((part) => Buffer.from(part.body!).equals(files[parts.indexOf(part)].content))).toEqual(files.map(() => true));
    // Mailers that read only Content-Type's name= (RFC 2047) get the same names.
    expect(parts.map((part) => part.params.name)).toEqual(NAMES);
  });

  it('keeps every line within 78 characters but Content-Type name= (a quoted ASCII name, or its first encoded word), and well under 998', () => {
    const lines = raw.split('\r\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(998);
    const long = lines.filter((line) => line.length > 78);
    expect(long.every((line) => line.startsWith(' name="'))).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it('writes long or non-ASCII names as RFC 2231 continuations, escaping what RFC 2231 does not allow', () => {
    const root = parseMime(raw);
    const part = leaves(root).find((candidate) => candidate.filename === NAMES[2])!;
    const disposition = parseHeaderBlock(part.headers.map((header) => `${header.name}: ${header.value}`).join('\r\n')).find((header) => header.name === 'Content-Disposition')!.value;
    expect(disposition).toMatch(/filename\*0\*=UTF-8''Rapport/);
    expect(disposition).toMatch(/filename\*1\*=/);
    const quotes = leaves(root).find((candidate) => candidate.filename === NAMES[4])!;
    expect(quotes.headers.find((header) => header.name === 'Content-Disposition')!.value).toContain("filename*=UTF-8''it%27s%20%28almost%29%2050%25%20done%2A%20%C3%BC.zip");
  });
});
