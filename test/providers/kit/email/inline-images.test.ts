import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { mailBodyFromHtml } from '../../../../src/providers/kit/email/body.js';
import { inlineImageResolver, signInlineImages } from '../../../../src/providers/kit/email/inline-images.js';
import { sanitizeMailHtml } from '../../../../src/providers/kit/email/sanitize.js';
import type { AttachmentRecord } from '../../../../src/providers/model.js';

/** The sources of every img in a fragment, as a browser would read them. */
function imageSources(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: Array<{ type: string; name?: string; attribs?: Record<string, string>; children?: unknown[] }>) => {
    for (const node of nodes) {
      if (node.type === 'tag' && node.name === 'img') found.push(node.attribs?.src ?? '');
      walk((node.children ?? []) as typeof nodes);
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children as never);
  return found;
}

const attachment = (id: string, url = `/provider-files/${id}`): AttachmentRecord => ({
  id,
  filename: `${id}.png`,
  contentType: 'image/png',
  sizeBytes: 10,
  url,
  createdAt: new Date(0),
});

/** What the schema passes: a signed link with query parameters (its & must be escaped in the attribute). */
const sign = (record: AttachmentRecord) => `https://switchboard.test/files/p.${encodeURIComponent(record.id)}/download?exp=9&sig=s-${record.id.length}`;

describe('inline (cid:) images', () => {
  const parts = [
    { contentId: '<logo@mail.example>', attachmentId: 'thread:msg:1.2' },
    { contentId: 'Chart.PNG@01DA', attachmentId: 'AAMk/att=1' },
    { contentId: null, attachmentId: 'thread:msg:3' },
    { contentId: '<logo@mail.example>', attachmentId: 'thread:msg:second' },
  ];

  it('resolves a Content-ID with or without brackets, as written first, then ignoring case; the first part owns a repeated id', () => {
    const resolve = inlineImageResolver(parts);
    expect(resolve('logo@mail.example')).toBe('/provider-files/thread%3Amsg%3A1.2');
    expect(resolve('<logo@mail.example>')).toBe('/provider-files/thread%3Amsg%3A1.2');
    expect(resolve('chart.png@01da')).toBe('/provider-files/AAMk%2Fatt%3D1');
    expect(resolve('nothing@here')).toBeNull();
    expect(resolve('')).toBeNull();
  });

  it('maps cid: images of the message to its attachments and drops any other, through mapping and signing', () => {
    const mapped = sanitizeMailHtml(
      '<p><img src="cid:logo@mail.example" alt="Logo" width="40"><img src="CID:%3Cchart.png@01DA%3E" alt="Chart"><img src="cid:unknown@x" alt="Gone"></p>',
      { resolveCid: inlineImageResolver(parts) },
    );
    expect(imageSources(mapped)).toEqual(['/provider-files/thread%3Amsg%3A1.2', '/provider-files/AAMk%2Fatt%3D1']);
    expect(mapped).toContain('<span>[Gone]</span>');
    const signed = signInlineImages(mapped, [attachment('thread:msg:1.2'), attachment('AAMk/att=1')], sign);
    expect(imageSources(signed)).toEqual([
      'https://switchboard.test/files/p.thread%3Amsg%3A1.2/download?exp=9&sig=s-14',
      'https://switchboard.test/files/p.AAMk%2Fatt%3D1/download?exp=9&sig=s-10',
    ]);
    expect(signed).toContain('&amp;sig=');
    expect(signed).toContain('width="40"');
    // Signing the output again changes nothing: it holds no paths left to sign.
    expect(signInlineImages(signed, [attachment('thread:msg:1.2')], sign)).toBe(signed);
  });

  it('signs only the attachments of the same message that the provider serves; anything else keeps its alt text', () => {
    const mapped = sanitizeMailHtml('<img src="cid:a@x" alt="Own"><img src="cid:b@x" alt="Stored"><img src="cid:c@x" alt="Elsewhere"><img src="cid:d@x">', {
      resolveCid: inlineImageResolver([
        { contentId: 'a@x', attachmentId: 'm:1' },
        { contentId: 'b@x', attachmentId: 'stored' },
        { contentId: 'c@x', attachmentId: 'other-message:1' },
        { contentId: 'd@x', attachmentId: 'm:%bad' },
      ]),
    });
    // `stored` is a file Switchboard keeps (its own signed path, not a provider's); other-message:1 is not this message's.
    const signed = signInlineImages(mapped.replace('m%3A%25bad', '%E0%A4%A'), [attachment('m:1'), attachment('stored', '/files/stored/download')], sign);
    expect(imageSources(signed)).toEqual(['https://switchboard.test/files/p.m%3A1/download?exp=9&sig=s-3']);
    expect(signed).toContain('<span>[Stored]</span>');
    expect(signed).toContain('<span>[Elsewhere]</span>');
  });

  it('keeps refusing every other scheme and any path the sender wrote, whatever the resolver knows', () => {
    const resolveCid = inlineImageResolver([{ contentId: 'a@x', attachmentId: 'm:1' }]);
    const hostile = [
      '<img src="javascript:alert(1)" alt="j">',
      '<img src="data:image/png;base64,AAAA" alt="d">',
      '<img src="vbscript:msgbox(1)" alt="v">',
      '<img src="file:///etc/passwd" alt="f">',
      '<img src="/provider-files/m%3A1" alt="forged path">',
      '<img src="//evil.example/provider-files/m%3A1" alt="protocol-relative">',
      '<img src=" cid:a@x" alt="x" onerror="alert(1)">',
      '<a href="/provider-files/m%3A1">link</a>',
      '<p>&lt;img src="/provider-files/m%3A1"&gt; as text</p>',
    ].join('');
    const mapped = sanitizeMailHtml(hostile, { resolveCid });
    expect(imageSources(mapped)).toEqual(['/provider-files/m%3A1']); // the one real cid image (its whitespace trimmed)
    expect(mapped).not.toMatch(/javascript:|data:|vbscript:|file:|onerror|\/\/evil/);
    const signed = signInlineImages(mapped, [attachment('m:1')], sign);
    expect(imageSources(signed)).toEqual(['https://switchboard.test/files/p.m%3A1/download?exp=9&sig=s-3']);
    // The text that looks like an image stays text, unsigned.
    expect(signed).toContain('&lt;img src="/provider-files/m%3A1"&gt; as text');
  });

  it('a resolver answer is still checked: only http(s) or this server\'s paths', () => {
    for (const answer of ['javascript:alert(1)', 'data:image/png;base64,AA', '//evil.example/x']) {
      expect(sanitizeMailHtml('<img src="cid:a" alt="A">', { resolveCid: () => answer })).toBe('<span>[A]</span>');
    }
  });

  it('text and markdown show an inline image as its alt text, never the path', () => {
    const body = mailBodyFromHtml('<p>Logo: <img src="cid:a@x" alt="Acme"></p>', { resolveCid: inlineImageResolver([{ contentId: 'a@x', attachmentId: 'm:1' }]) });
    expect(imageSources(body.html)).toEqual(['/provider-files/m%3A1']);
    expect(body.text).not.toContain('provider-files');
    expect(body.markdown).not.toContain('provider-files');
    expect(body.text).toContain('Acme');
  });

  it('leaves html without inline images as it is', () => {
    const html = '<p>Hello <a href="https://x.example/" rel="noopener noreferrer nofollow" target="_blank">x</a></p>';
    expect(signInlineImages(html, [attachment('m:1')], sign)).toBe(html);
  });
});
