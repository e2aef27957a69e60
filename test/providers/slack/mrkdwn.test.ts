import { describe, expect, it } from 'vitest';
import { mentionedUserIds, renderMrkdwn, toMrkdwn } from '../../../src/providers/slack/mrkdwn.js';

const names = {
  user: (id: string) => ({ U111: 'Mina Member', U222: 'Otto' })[id] ?? null,
  channel: (id: string) => ({ C999: 'random' })[id] ?? null,
};
const render = (source: string) => renderMrkdwn(source, names);

describe('Slack mrkdwn → text, markdown and html', () => {
  it('converts bold, italic, strike and code, and leaves markers inside words alone', () => {
    expect(render('*bold* _italic_ ~gone~ `a*b*c` 2*3*4 snake_case_name')).toEqual({
      text: 'bold italic gone a*b*c 2*3*4 snake_case_name',
      markdown: '**bold** _italic_ ~~gone~~ `a*b*c` 2\\*3\\*4 snake\\_case\\_name',
      html: '<p><strong>bold</strong> <em>italic</em> <del>gone</del> <code>a*b*c</code> 2*3*4 snake_case_name</p>',
    });
  });

  it('resolves user and channel mentions by name, keeps labels, and renders @here', () => {
    const rendered = render('<@U111> and <@U333|legacy name> in <#C999> or <#C123|general> <!here> <!subteam^S1|@ops>');
    expect(rendered.text).toBe('@Mina Member and @legacy name in #random or #general @here @ops');
    expect(rendered.html).toBe('<p>@Mina Member and @legacy name in #random or #general @here @ops</p>');
    expect(render('hi <@U999>').text, 'an unknown user shows by id').toBe('hi @U999');
  });

  it('turns links into labels, markdown links and anchors, but never a javascript: anchor', () => {
    const rendered = render('see <https://example.test/a?b=1&amp;c=2|the docs> or <https://x.test> <mailto:a@b.test|mail> <javascript:alert(1)|click>');
    expect(rendered.text).toBe('see the docs or https://x.test mail click');
    expect(rendered.markdown).toBe('see [the docs](https://example.test/a?b=1&c=2) or <https://x.test> [mail](mailto:a@b.test) click');
    expect(rendered.html).toBe(
      '<p>see <a href="https://example.test/a?b=1&amp;c=2">the docs</a> or <a href="https://x.test">https://x.test</a> <a href="mailto:a@b.test">mail</a> click</p>',
    );
  });

  it('decodes Slack entities in text and escapes them again in html; a raw <…> is an entity, not markup', () => {
    const rendered = render('a &lt;b&gt; &amp; "c" <script>');
    expect(rendered.text).toBe('a <b> & "c" script');
    expect(rendered.html).toBe('<p>a &lt;b&gt; &amp; &quot;c&quot; script</p>');
  });

  it('renders preformatted blocks, quotes and paragraphs', () => {
    const rendered = render('&gt; quoted *line*\nplain\n\nnext\n```\nif (a &lt; b) *x*\n```\nafter');
    expect(rendered.text).toBe('quoted line\n\nplain\n\nnext\n\nif (a < b) *x*\nafter');
    expect(rendered.markdown).toBe('> quoted **line**\n\nplain\n\nnext\n\n```\nif (a < b) *x*\n```\n\nafter');
    expect(rendered.html).toBe(
      '<blockquote><p>quoted <strong>line</strong></p></blockquote>\n<p>plain</p>\n<p>next</p>\n<pre><code>if (a &lt; b) *x*</code></pre>\n<p>after</p>',
    );
  });

  it('lists mentioned users once each, in order', () => {
    expect(mentionedUserIds('<@U222> <@U111|x> <@U222> <#C1> <!here>')).toEqual(['U222', 'U111']);
  });
});

describe('Switchboard content → Slack mrkdwn', () => {
  const ids = (handle: string) => ({ mina: 'U111', 'o.tto': 'U222' })[handle] ?? null;

  it('escapes &, < and > in plain text and links known @handles', () => {
    expect(toMrkdwn({ text: 'a < b && c > d, @mina? @o.tto. @nobody mail@mina.test', format: 'text' }, ids)).toBe(
      'a &lt; b &amp;&amp; c &gt; d, <@U111>? <@U222>. @nobody mail@mina.test',
    );
  });

  it('maps markdown formatting, links and headings, and keeps code as written', () => {
    const source = '# Plan\n**bold**, *it*, _it_, ~~old~~, [docs](https://x.test/a) and <https://y.test>\n`**raw** <@x>` for @mina';
    expect(toMrkdwn({ text: source, format: 'markdown' }, ids)).toBe(
      '*Plan*\n*bold*, _it_, _it_, ~old~, <https://x.test/a|docs> and <https://y.test>\n`**raw** &lt;@x&gt;` for <@U111>',
    );
  });
});
