import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/providers/kit/email/html-text.js';
import { renderBody } from '../../../../src/providers/kit/html/render.js';

describe('htmlToText', () => {
  it('renders a whole mail document: whitespace as a browser shows it, entities decoded, head and styles dropped', () => {
    const html = `<html><head><title>Hello</title><style>p { color: red }</style></head><body>
      <div class="WordSection1">
        <p>Hi&nbsp;Ann,</p>
        <p>See   the
           numbers &amp; the &lt;plan&gt;.<br>
           Thanks</p>
        <script>alert(1)</script>
      </div></body></html>`;
    expect(htmlToText(html)).toEqual({
      text: 'Hi Ann,\n\nSee the numbers & the <plan>.\nThanks',
      markdown: 'Hi Ann,\n\nSee the numbers & the <plan>.\nThanks',
    });
  });

  it('keeps quoted replies as "> ", nested quotes as "> > "', () => {
    const html =
      '<p>Agreed.</p><div class="gmail_quote">On Monday Bob wrote:<br><blockquote class="gmail_quote">Ship it?<br>' +
      '<blockquote>Earlier: <i>maybe</i></blockquote></blockquote></div>';
    const { text, markdown } = htmlToText(html);
    expect(text).toBe('Agreed.\n\nOn Monday Bob wrote:\n\n> Ship it?\n>\n> > Earlier: maybe');
    expect(markdown).toBe('Agreed.\n\nOn Monday Bob wrote:\n\n> Ship it?\n>\n> > Earlier: *maybe*');
  });

  it('writes links as [label](url) in markdown and "label (url)" in text, unless the label is the URL', () => {
    const html =
      '<p><a href="https://example.com/r?a=1&amp;b=2">the report</a>, <a href="https://x.example/">https://x.example/</a>, ' +
      '<a href="mailto:ann@example.com">ann@example.com</a>, <a href="javascript:alert(1)">not a link</a></p>';
    expect(htmlToText(html)).toEqual({
      text: 'the report (https://example.com/r?a=1&b=2), https://x.example/, ann@example.com, not a link',
      markdown: '[the report](https://example.com/r?a=1&b=2), [https://x.example/](https://x.example/), [ann@example.com](mailto:ann@example.com), not a link',
    });
  });

  it('keeps lists, headings, tables, rules and preformatted text in shape', () => {
    const html =
      '<h2>Agenda</h2><ul><li>One <b>bold</b></li><li>Two</li></ul><ol><li>First</li><li>Second</li></ol>' +
      '<table><tr><th>Item</th><th>Price</th></tr><tr><td>Tea</td><td>3&nbsp;&euro;</td></tr><tr><td></td><td></td></tr></table>' +
      '<hr><pre>  indented   code\n  line 2</pre>';
    const { text, markdown } = htmlToText(html);
    expect(text).toBe('Agenda\n\n• One bold\n• Two\n\n1. First\n2. Second\n\nItem | Price\nTea | 3 €\n\n---\n\n  indented   code\n  line 2');
    expect(markdown).toBe(
      '## Agenda\n\n- One **bold**\n- Two\n\n1. First\n2. Second\n\nItem | Price\nTea | 3 €\n\n---\n\n```\n  indented   code\n  line 2\n```',
    );
  });

  it('never embeds images: remote ones become links (or alt text when blocked), cid ones their alt text', () => {
    const html = '<p>Logo: <img src="cid:logo@x" alt="Acme"> chart: <img src="https://t.example/c.png" alt="Chart"></p>';
    expect(htmlToText(html)).toEqual({ text: 'Logo: [Acme] chart: [Chart]', markdown: 'Logo: [Acme] chart: [Chart](https://t.example/c.png)' });
    expect(htmlToText(html, { remoteImages: 'block' }).markdown).toBe('Logo: [Acme] chart: [Chart]');
  });

  it('escapes markdown characters that mail text happens to contain', () => {
    expect(htmlToText('<p>2*3 = 6 and [draft]_v2_</p>').markdown).toBe('2\\*3 = 6 and \\[draft\\]\\_v2\\_');
  });

  it('is the same renderer Teams uses, whose chat defaults stay as they were', () => {
    const html = '<p>a  b</p><blockquote>q</blockquote><table><tr><td>x</td><td>y</td></tr></table>';
    expect(renderBody({ contentType: 'html', content: html }, () => null).text).toBe('a  b\n\nq\n\nxy');
  });
});
