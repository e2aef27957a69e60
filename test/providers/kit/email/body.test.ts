import { describe, expect, it } from 'vitest';
import { mailBodyFromHtml, mailBodyFromText } from '../../../../src/providers/kit/email/body.js';

describe('mailBodyFromHtml', () => {
  it('renders text and markdown from the HTML and sanitizes the html, with the given options', () => {
    const body = mailBodyFromHtml('<p>Hi <b>Ann</b><img src="https://t.example/p.gif" alt="pixel" onerror="alert(1)"></p><script>alert(1)</script>', { remoteImages: 'block' });
    expect(body).toEqual({ text: 'Hi Ann[pixel]', markdown: 'Hi **Ann**[pixel]', html: '<p>Hi <b>Ann</b><span>[pixel]</span></p>' });
    // Linked, the remote image is a link in markdown too: rendering it loads nothing.
    expect(mailBodyFromHtml('<p><img src="https://t.example/p.gif" alt="pixel"></p>').markdown).toBe('[pixel](https://t.example/p.gif)');
  });
});

describe('mailBodyFromText', () => {
  it('keeps the text, escapes markdown but not quote marks, and makes paragraphs and nested quotes of the html', () => {
    const text = 'Hi *all*,\r\nsee <below>.\r\n\r\nOn Monday Bob wrote:\r\n> Ship it?\r\n>> Earlier: maybe\r\n\r\nThanks\r\n';
    expect(mailBodyFromText(text)).toEqual({
      text: 'Hi *all*,\nsee <below>.\n\nOn Monday Bob wrote:\n> Ship it?\n>> Earlier: maybe\n\nThanks',
      markdown: 'Hi \\*all\\*,\nsee \\<below\\>.\n\nOn Monday Bob wrote:\n> Ship it?\n>> Earlier: maybe\n\nThanks',
      html:
        '<p>Hi *all*,<br>see &lt;below&gt;.</p><p>On Monday Bob wrote:</p>' +
        '<blockquote><p>Ship it?</p><blockquote><p>Earlier: maybe</p></blockquote></blockquote><p>Thanks</p>',
    });
  });
});
