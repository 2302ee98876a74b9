import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSafeUrl, parseInline, type InlineNode } from '../../src/data/index.js';
import { findUnsafeLinks } from '../../src/data/inline.js';

const text = (t: string): InlineNode => ({ kind: 'text', text: t });

/** The text a reader sees, markup removed. */
const plain = (nodes: InlineNode[]): string =>
  nodes.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.text : plain(n.children))).join('');

function* links(nodes: InlineNode[]): Generator<Extract<InlineNode, { kind: 'link' }>> {
  for (const node of nodes) {
    if (node.kind === 'link') yield node;
    if ('children' in node) yield* links(node.children);
  }
}

describe('parseInline', () => {
  it('leaves plain text as one text node', () => {
    assert.deepEqual(parseInline('Just words, 5 * 3 = 15.'), [text('Just words, 5 * 3 = 15.')]);
    assert.deepEqual(parseInline(''), []);
    assert.deepEqual(parseInline(undefined as unknown as string), []);
  });

  it('parses code, strong, emphasis and links', () => {
    assert.deepEqual(parseInline('run `SELECT 1` **now**, *carefully*, see [docs](/docs)'), [
      text('run '),
      { kind: 'code', text: 'SELECT 1' },
      text(' '),
      { kind: 'strong', children: [text('now')] },
      text(', '),
      { kind: 'em', children: [text('carefully')] },
      text(', see '),
      { kind: 'link', href: '/docs', children: [text('docs')] },
    ]);
  });

  it('nests strong, emphasis, code and links where it makes sense', () => {
    assert.deepEqual(parseInline('**a *b* `c`**'), [
      {
        kind: 'strong',
        children: [text('a '), { kind: 'em', children: [text('b')] }, text(' '), { kind: 'code', text: 'c' }],
      },
    ]);
    assert.deepEqual(parseInline('*a **b** c*'), [
      { kind: 'em', children: [text('a '), { kind: 'strong', children: [text('b')] }, text(' c')] },
    ]);
    assert.deepEqual(parseInline('[**bold** `x`](https://e.com)'), [
      {
        kind: 'link',
        href: 'https://e.com',
        children: [{ kind: 'strong', children: [text('bold')] }, text(' '), { kind: 'code', text: 'x' }],
      },
    ]);
    // The first `]` closes a label and links don't nest: the rest stays text.
    assert.deepEqual(parseInline('[a [b](/b)](/a)'), [
      { kind: 'link', href: '/b', children: [text('a [b')] },
      text('](/a)'),
    ]);
  });

  it('keeps code content literal', () => {
    assert.deepEqual(parseInline('`**not bold** [x](javascript:y)`'), [
      { kind: 'code', text: '**not bold** [x](javascript:y)' },
    ]);
  });

  it('leaves unmatched or space-flanked markers as text', () => {
    for (const source of [
      '**open',
      'close**',
      '* not em *',
      '`open',
      '[label]',
      '[label](',
      '[](/x)',
      '[a](b c)',
      '``',
      '****',
    ]) {
      assert.equal(plain(parseInline(source)), source, source);
      assert.ok(
        parseInline(source).every((n) => n.kind === 'text'),
        source,
      );
    }
  });

  it('turns a link with an unsafe url into literal text', () => {
    assert.deepEqual(parseInline('click [me](javascript:alert(1)) now'), [
      text('click [me](javascript:alert(1)) now'),
    ]);
    assert.deepEqual(parseInline('[x](java\tscript:y)'), [text('[x](java\tscript:y)')]);
    assert.deepEqual(findUnsafeLinks('a [x](data:text/html,1) b [ok](/ok) [y](vbscript:z)'), [
      '[x](data:text/html,1)',
      '[y](vbscript:z)',
    ]);
  });

  it('allows balanced parentheses in link urls', () => {
    assert.deepEqual(parseInline('[Foo](https://en.wikipedia.org/wiki/Foo_(bar))'), [
      { kind: 'link', href: 'https://en.wikipedia.org/wiki/Foo_(bar)', children: [text('Foo')] },
    ]);
  });

  it('honours backslash escapes of markup characters only', () => {
    assert.deepEqual(parseInline('\\*not em\\* \\`x\\` C:\\path'), [text('*not em* `x` C:\\path')]);
  });

  it('never throws, never yields an unsafe link, and loses no visible text on arbitrary input', () => {
    const unit = fc.constantFrom(
      '*',
      '**',
      '`',
      '[',
      ']',
      '(',
      ')',
      '\\',
      ' ',
      'a',
      'b',
      ':',
      '/',
      'javascript:',
      'https://x',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (source) => {
        const nodes = parseInline(source);
        for (const link of links(nodes)) assert.ok(isSafeUrl(link.href), link.href);
        assert.ok(plain(nodes).length <= source.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays fast on long runs of unmatched markers', () => {
    for (const source of [
      '**a '.repeat(50_000),
      '*a '.repeat(50_000),
      '[a]('.repeat(50_000),
      '[a '.repeat(50_000),
      '`'.repeat(100_000),
    ]) {
      const start = performance.now();
      parseInline(source);
      assert.ok(performance.now() - start < 2000, `took ${Math.round(performance.now() - start)} ms`);
    }
  });
});
