import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { htmlToBlocks } from '../../src/data/feed-html.js';
import { parseCollection, parseInline, type InlineNode } from '../../src/data/index.js';

const blocks = (html: string) => htmlToBlocks(html).blocks;
const textOf = (nodes: InlineNode[]): string =>
  nodes.map((node) => ('text' in node ? node.text : textOf(node.children))).join('');
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The blocks must be valid body input: checked by the real parser, not by their shape alone. */
function assertValidBody(html: string): void {
  const result = parseCollection({ reports: [{ title: 'T', body: htmlToBlocks(html).blocks }] });
  assert.ok(result.ok, `${html}\n→ ${JSON.stringify(result.ok ? '' : result.issues)}`);
}

describe('htmlToBlocks: structure', () => {
  it('turns paragraphs (and bare text) into paragraph blocks', () => {
    assert.deepEqual(blocks('<p>One</p>\n<p>Two\n  lines</p>bare'), [
      { type: 'paragraph', text: 'One' },
      { type: 'paragraph', text: 'Two lines' },
      { type: 'paragraph', text: 'bare' },
    ]);
    assert.deepEqual(blocks('<div>a<div>b</div>c</div>'), [
      { type: 'paragraph', text: 'a' },
      { type: 'paragraph', text: 'b' },
      { type: 'paragraph', text: 'c' },
    ]);
  });

  it('maps h1/h2 to level 2, h3 to 3, h4–h6 to 4, as plain text', () => {
    assert.deepEqual(blocks('<h1>A</h1><h2>B</h2><h3>C *x*</h3><h4>D</h4><h5>E</h5><h6>F <em>G</em></h6>'), [
      { type: 'heading', text: 'A', level: 2 },
      { type: 'heading', text: 'B', level: 2 },
      { type: 'heading', text: 'C *x*', level: 3 },
      { type: 'heading', text: 'D', level: 4 },
      { type: 'heading', text: 'E', level: 4 },
      { type: 'heading', text: 'F G', level: 4 },
    ]);
  });

  it('turns ul/ol into lists, flattening nested lists and joining an item’s paragraphs', () => {
    assert.deepEqual(blocks('<ul><li>one<ul><li>two</li></ul></li><li><p>three</p><p>four</p></li></ul>'), [
      { type: 'list', items: ['one', 'two', 'three four'], ordered: false },
    ]);
    assert.deepEqual(blocks('<ol>\n<li><strong>a</strong></li>\n<li>b</ol><p>after</p>'), [
      { type: 'list', items: ['**a**', 'b'], ordered: true },
      { type: 'paragraph', text: 'after' },
    ]);
    assert.deepEqual(blocks('<ul><li>  </li></ul>'), []);
  });

  it('turns pre/code into code blocks, keeping whitespace and finding the language', () => {
    assert.deepEqual(blocks('<pre><code class="language-go">\nfunc f() {\n\treturn\n}\n</code></pre>'), [
      { type: 'code', code: 'func f() {\n\treturn\n}', lang: 'go' },
    ]);
    assert.deepEqual(blocks('<pre class="lang-sh">ls  -la<br>pwd</pre>'), [
      { type: 'code', code: 'ls  -la\npwd', lang: 'sh' },
    ]);
    // Hugo/Chroma and Jekyll/Rouge markup, with highlighting spans inside.
    const hugo =
      '<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-go" data-lang="go">' +
      '<span class="line"><span class="cl"><span class="kd">var</span> x = 1</span></span></code></pre></div>';
    assert.deepEqual(blocks(hugo), [{ type: 'code', code: 'var x = 1', lang: 'go' }]);
    const jekyll =
      '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>' +
      '<span class="nb">puts</span> <span class="s2">"*hi*"</span>\n</code></pre></div></div>';
    assert.deepEqual(blocks(jekyll), [{ type: 'code', code: 'puts "*hi*"', lang: 'ruby' }]);
    assert.deepEqual(blocks('<pre><code data-lang="rust">fn main() {}</code></pre>'), [
      { type: 'code', code: 'fn main() {}', lang: 'rust' },
    ]);
    assert.deepEqual(blocks('<pre class="language-&quot;x y&quot;">a &lt; b</pre>'), [
      { type: 'code', code: 'a < b' },
    ]);
    assert.deepEqual(blocks('<pre>\n\n</pre>'), []);
  });

  it('turns blockquote into one quote block', () => {
    assert.deepEqual(blocks('<blockquote><p>One</p>\n<p>Two <b>bold</b></p></blockquote>'), [
      { type: 'quote', text: 'One\n\nTwo **bold**' },
    ]);
  });

  it('keeps the inline subset: strong/b, em/i, code, links', () => {
    assert.deepEqual(
      blocks('<p><b>B</b> <strong>S</strong> <i>I</i> <em>E</em> <code>x = 1</code> <a href="/a">A</a></p>'),
      [{ type: 'paragraph', text: '**B** **S** *I* *E* `x = 1` [A](/a)' }],
    );
    // Spaces move outside markers (`* x *` would not be emphasis); empty elements vanish.
    assert.deepEqual(blocks('<p>a<em> b </em>c<strong></strong>d<code> </code></p>'), [
      { type: 'paragraph', text: 'a *b* cd' },
    ]);
    // Nested emphasis of the same kind is written once; touching runs of markers are avoided.
    assert.deepEqual(blocks('<p><b>x <strong>y</strong></b> <em><strong>z</strong></em></p>'), [
      { type: 'paragraph', text: '**x y** *z*' },
    ]);
    assert.deepEqual(blocks('<p><strong>a <em>b</em> c</strong></p>'), [
      { type: 'paragraph', text: '**a *b* c**' },
    ]);
    // Links don't nest; the inner one becomes its text.
    assert.deepEqual(blocks('<p><a href="/a">x <a href="/b">y</a></a></p>')[0]?.type, 'paragraph');
  });

  it('writes link targets the inline syntax can hold, under the URL rule', () => {
    assert.deepEqual(blocks('<p><a href=" https://x.org/a b_(c) ">t</a></p>'), [
      { type: 'paragraph', text: '[t](https://x.org/a%20b_%28c%29)' },
    ]);
    assert.deepEqual(blocks('<p><a href="mailto:a@example.org">mail</a> <a href="tel:+1-555">call</a></p>'), [
      { type: 'paragraph', text: '[mail](mailto:a@example.org) [call](tel:+1-555)' },
    ]);
    assert.deepEqual(blocks('<p><a href="#top">up</a> <a>none</a> <a href="">empty</a></p>'), [
      { type: 'paragraph', text: '[up](#top) none empty' },
    ]);
    const inline = parseInline((blocks('<p><a href="/a?b=(1)">t</a></p>')[0] as { text: string }).text);
    assert.deepEqual(inline, [
      { kind: 'link', href: '/a?b=%281%29', children: [{ kind: 'text', text: 't' }] },
    ]);
  });

  it('keeps literal markers literal: * ` [ ] ( ) \\ in HTML text', () => {
    const html = '<p>2 * 3 * 4, a_b, [x](javascript:alert(1)), `y`, C:\\Program Files\\(x86)\\[logs]</p>';
    const [block] = blocks(html);
    assert.equal(block?.type, 'paragraph');
    const text = (block as { text: string }).text;
    assert.deepEqual(parseInline(text), [
      {
        kind: 'text',
        text: '2 * 3 * 4, a_b, [x](javascript:alert(1)), `y`, C:\\Program Files\\(x86)\\[logs]',
      },
    ]);
    assertValidBody(html);
  });

  it('returns the whole plain text and the images’ alt text', () => {
    const result = htmlToBlocks(
      '<h2>Head</h2><p>Hi <b>you</b> <img src="a.png" alt="a cat"></p><ul><li>x</li><li>y</li></ul><pre>code</pre>',
    );
    assert.equal(result.text, 'Head\n\nHi you a cat\n\nx\ny\n\ncode');
    assert.deepEqual(blocks('<p><img src="a.png"></p>'), []);
    assert.ok(result.warnings.some((w) => /image/.test(w.message)));
  });

  it('keeps tables, definition lists and unknown elements as text', () => {
    assert.deepEqual(blocks('<table><tr><th>k</th><td>v</td></tr><tr><td>1</td><td>2</td></tr></table>'), [
      { type: 'paragraph', text: 'k v' },
      { type: 'paragraph', text: '1 2' },
    ]);
    assert.deepEqual(
      blocks('<dl><dt>term</dt><dd>def</dd></dl><my-widget>own <span>text</span></my-widget>'),
      [
        { type: 'paragraph', text: 'term' },
        { type: 'paragraph', text: 'def' },
        { type: 'paragraph', text: 'own text' },
      ],
    );
    assert.deepEqual(blocks('<p>line<br>break</p>'), [{ type: 'paragraph', text: 'line\nbreak' }]);
  });
});

describe('htmlToBlocks: hostile HTML', () => {
  it('drops script, style, template, iframe, object, embed, svg and comments with their content', () => {
    const html =
      '<p>a</p><script>alert("s")</script><style>p{}</style><template><p>t</p></template>' +
      '<iframe src="https://evil"><p>i</p></iframe><object data="x"><p>o</p></object><embed src="e">' +
      '<svg><script>alert(2)</script><text>svg</text></svg><!-- <p>comment</p> --><noscript><p>n</p></noscript>' +
      '<![CDATA[<p>cdata</p>]]><p>b</p>';
    const result = htmlToBlocks(html);
    assert.deepEqual(result.blocks, [
      { type: 'paragraph', text: 'a' },
      { type: 'paragraph', text: 'b' },
    ]);
    const messages = result.warnings.map((w) => w.message).join('\n');
    for (const name of ['script', 'style', 'template', 'iframe', 'object', 'svg'])
      assert.match(messages, new RegExp(`<${name}>`));
  });

  it('never carries attributes: event handlers, styles and unsafe links are gone', () => {
    const html =
      '<p onclick="alert(1)" style="x" class="c">x<img src=x onerror="alert(1)"></p>' +
      '<p><a href="javascript:alert(1)">js</a> <a href="java&#x09;script:alert(1)">tab</a> ' +
      '<a href=" JavaScript:alert(1)">sp</a> <a href="data:text/html,<script>">data</a> ' +
      '<a href="vbscript:x" onclick="y">vb</a></p>';
    const result = htmlToBlocks(html);
    assert.deepEqual(result.blocks, [
      { type: 'paragraph', text: 'x' },
      { type: 'paragraph', text: 'js tab sp data vb' },
    ]);
    assert.doesNotMatch(JSON.stringify(result.blocks), /alert|onerror|onclick|javascript/i);
    assert.ok(result.warnings.some((w) => /URL rule/.test(w.message)));
    assertValidBody(html);
  });

  it('decodes entities into text that stays text', () => {
    assert.deepEqual(
      blocks('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#42;x&#42; &#x5B;a](/b)</p>'),
      [{ type: 'paragraph', text: '<script>alert\\(1\\)</script> &amp; \\*x\\* \\[a\\]\\(/b\\)' }],
    );
  });

  it('survives unclosed, misnested and stray tags', () => {
    assert.deepEqual(blocks('<p><b>bold <i>both</b> italic</i></p><p>next'), [
      { type: 'paragraph', text: '**bold both** italic' },
      { type: 'paragraph', text: 'next' },
    ]);
    for (const html of [
      '<ul><li>a<li>b',
      '</p></div></li></ul>text',
      '<pre><code>x',
      '<blockquote><ul><li><h2>deep</h2><pre>y</pre></li></ul>',
      '<a href="/x"><p>block in link</p></a>',
      '<h2><ul><li>list in heading</li></ul></h2>',
      '<table><td>cell<li>item',
      '<<p>>',
      '<p',
      '<script>never closed',
    ]) {
      assert.doesNotThrow(() => htmlToBlocks(html), html);
      assertValidBody(html);
    }
    assert.deepEqual(blocks('<ul><li>a<li>b'), [{ type: 'list', items: ['a', 'b'], ordered: false }]);
    assert.deepEqual(blocks('<script>never closed <p>x</p>'), []);
  });

  it('handles very deep nesting without recursion trouble', () => {
    const depth = 20_000;
    const html = '<b><i>'.repeat(depth) + 'deep' + '</i></b>'.repeat(depth);
    const result = htmlToBlocks(html);
    assert.equal(result.text, 'deep');
    assert.equal(htmlToBlocks('<div>'.repeat(depth) + 'x').text, 'x');
    assert.equal(htmlToBlocks('<ul><li>'.repeat(depth) + 'x').text, 'x');
  });

  it('never throws on what is not a string', () => {
    for (const value of [undefined, null, 42, {}, []])
      assert.deepEqual(htmlToBlocks(value as string), { blocks: [], text: '', warnings: [] });
  });
});

describe('htmlToBlocks: properties', () => {
  it('text written as HTML reads back exactly (whitespace collapsed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const expected = text.replace(/[ \t\n\f\r]+/g, ' ').trim();
        const [block] = blocks(`<p>${escapeHtml(text)}</p>`);
        if (expected === '') return block === undefined;
        assert.equal(block?.type, 'paragraph');
        const read = textOf(parseInline((block as { text: string }).text));
        assert.equal(read, expected);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('any mix of tags gives valid body blocks with the same plain text', () => {
    const tag = fc.constantFrom(
      'p',
      'b',
      'em',
      'code',
      'a href="/x"',
      'a href="javascript:x"',
      'ul',
      'ol',
      'li',
      'h1',
      'h3',
      'pre',
      'blockquote',
      'script',
      'div',
      'br',
      'img alt="*"',
      'span',
      'table',
      'td',
    );
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t.split(' ')[0]}>`),
      fc.constantFrom('x', ' * ', '`', '[a](/b)', '\\', '&amp;', '  ', '\n', 'word'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        assertValidBody(pieces.join(''));
      }),
      { numRuns: 400 },
    );
  });
});
