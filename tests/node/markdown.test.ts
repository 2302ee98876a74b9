import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeUrl, parseCollection, parseInline, type InlineNode } from '../../src/data/index.js';
import {
  importMarkdown,
  WORDS_PER_MINUTE,
  type ImportOptions,
  type ImportResult,
} from '../../src/markdown/index.js';

/** Imports one file and returns its report (asserting there is exactly one) with the messages. */
function one(text: string, path = 'posts/post.md', options: ImportOptions = {}) {
  const result = importMarkdown([{ path, text }], options);
  assert.deepEqual(result.errors, [], 'no errors');
  assert.equal(result.collection.reports.length, 1);
  assertValid(result);
  const report = result.collection.reports[0] as Record<string, unknown>;
  const warnings = result.warnings.map(({ line, message }) => `${line}: ${message}`);
  return { report, warnings, result };
}

/** The collection is valid content-format input. */
function assertValid(result: ImportResult): void {
  const parsed = parseCollection(result.collection);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
}

const body = (text: string, path?: string) => one(`---\ntitle: T\n---\n${text}`, path).report.body;

describe('front matter', () => {
  it('reads YAML with every alias (Jekyll, Astro, Eleventy names)', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['date: 2024-06-19', { date: '2024-06-19' }],
      ['pubDate: 2024-06-19', { date: '2024-06-19' }],
      ['publishDate: 2024-06-19T10:00:00Z', { date: '2024-06-19T10:00:00Z' }],
      ['lastmod: 2024-06-20', { updated: '2024-06-20' }],
      ['updated: 2024-06-20', { updated: '2024-06-20' }],
      ['updatedDate: 2024-06-20', { updated: '2024-06-20' }],
      ['summary: S', { summary: 'S' }],
      ['description: S', { summary: 'S' }],
      ['excerpt: S', { summary: 'S' }],
      ['tags: [a, b]', { tags: ['a', 'b'] }],
      ['tags: one tag', { tags: ['one tag'] }],
      ['categories: [Database, Other]', { category: 'Database' }],
      ['category: Database', { category: 'Database' }],
      ['slug: my-post', { slug: 'my-post' }],
      ['slug: My Post', { slug: 'my-post' }],
    ];
    for (const [line, expected] of cases) {
      const { report } = one(`---\ntitle: T\n${line}\n---\nText.`);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(report[key], value, line);
    }
  });

  it('reads TOML (Hugo) with its native dates', () => {
    const { report } = one(
      `+++\ntitle = "Hugo post"\ndate = 2019-03-05\nlastmod = 2019-03-06T10:00:00+05:00\n` +
        `description = "Guide"\ntags = ["emoji", "css"]\ncategories = ["themes", "syntax"]\n+++\n\nText.`,
    );
    assert.equal(report.title, 'Hugo post');
    assert.equal(report.date, '2019-03-05');
    assert.equal(report.updated, '2019-03-06T10:00:00+05:00');
    assert.equal(report.summary, 'Guide');
    assert.deepEqual(report.tags, ['emoji', 'css']);
    assert.equal(report.category, 'themes');
  });

  it('writes dates as ISO 8601: Jekyll spaces and offsets, local times, dates in words (warned)', () => {
    const cases: [string, string][] = [
      ['2016-10-06 11:10:38 -0700', '2016-10-06T11:10:38-07:00'],
      ['"2018-04-19 16:07:00 +0100"', '2018-04-19T16:07:00+01:00'],
      ['2015-01-01 10:00', '2015-01-01T10:00:00'],
      ['2011-03-14 19:31:24 UTC', '2011-03-14T19:31:24Z'],
      ['2026-05-10T14:30:00+05', '2026-05-10T14:30:00+05:00'],
    ];
    for (const [written, iso] of cases) {
      const { report, warnings } = one(`---\ntitle: T\ndate: ${written}\n---\nText.`);
      assert.equal(report.date, iso, written);
      assert.deepEqual(warnings, [], written);
    }
    const words = one(`---\ntitle: T\npubDate: 'Jun 19 2024'\n---\nText.`);
    assert.equal(words.report.date, '2024-06-19');
    assert.deepEqual(words.warnings, ['3: "pubDate" "Jun 19 2024" read as 2024-06-19']);
    const unknown = one(`---\ntitle: T\ndate: Last Modified\n---\nText.`);
    assert.equal(unknown.report.date, undefined);
    assert.match(unknown.warnings[0] ?? '', /^3: "date" "Last Modified" is not a date/);
  });

  it('passes the incident fields through as they are', () => {
    const { report, result } = one(
      [
        '---',
        'title: Checkout outage',
        'id: INC-7',
        'status: RESOLVED',
        'severity: SEV-1',
        'url: /reports/inc-7',
        'readingMinutes: 9',
        'groups: [payments]',
        'diagram: ["a ─▶ b"]',
        'outcomes: [{label: errors, value: "-90%"}]',
        'timeline: [{at: "T+4 min", text: "paged"}]',
        'actionItems: [{text: "add alert", done: true}]',
        '---',
        'Text.',
      ].join('\n'),
    );
    assert.equal(report.id, 'INC-7');
    assert.equal(report.status, 'RESOLVED');
    assert.equal(report.severity, 'SEV-1');
    assert.equal(report.url, '/reports/inc-7');
    assert.equal(report.readingMinutes, 9);
    assert.deepEqual(report.groups, ['payments']);
    assert.deepEqual(report.diagram, ['a ─▶ b']);
    assert.deepEqual(report.outcomes, [{ label: 'errors', value: '-90%' }]);
    assert.deepEqual(report.timeline, [{ at: 'T+4 min', text: 'paged' }]);
    assert.deepEqual(report.actionItems, [{ text: 'add alert', done: true }]);
    // A group a post names is declared, with its id as the title.
    assert.deepEqual(result.collection.groups, [{ id: 'payments', title: 'payments' }]);
  });

  it('keeps front matter text literal: markup characters in a summary are escaped', () => {
    const { report } = one(
      '---\ntitle: T\ndescription: "C:\\\\Program Files\\\\[x] *not* `code`"\n---\nText.',
    );
    assert.equal(report.summary, 'C:\\\\Program Files\\\\\\[x\\] \\*not\\* \\`code\\`');
    assert.deepEqual(parseInline(report.summary as string), [
      { kind: 'text', text: 'C:\\Program Files\\[x] *not* `code`' },
    ]);
  });

  it('leaves a file out, with the line, when its front matter cannot be read or its fields are invalid', () => {
    const broken = importMarkdown([{ path: 'a.md', text: '---\ntitle: T\ntags: [a\n---\nText.' }]);
    assert.equal(broken.collection.reports.length, 0);
    assert.equal(broken.errors.length, 1);
    assert.equal(broken.errors[0]?.file, 'a.md');
    assert.match(broken.errors[0]?.message ?? '', /^YAML front matter: /);
    const toml = importMarkdown([{ path: 'b.md', text: '+++\ntitle = \n+++\nText.' }]);
    assert.equal(toml.errors[0]?.line, 2);
    assert.match(toml.errors[0]?.message ?? '', /^TOML front matter: /);
    const invalid = importMarkdown([
      { path: 'c.md', text: '---\ntitle: T\nstatus: exploded\nurl: "javascript:alert(1)"\n---\nText.' },
      { path: 'd.md', text: '---\ntitle: Fine\n---\nText.' },
    ]);
    // The validator's own messages, located at the front matter line of each field.
    assert.deepEqual(
      invalid.errors.map(({ file, line, message }) => `${file}:${line}: ${message.split(':')[0]}`),
      ['c.md:3: status', 'c.md:4: url'],
    );
    for (const error of invalid.errors) assert.match(error.message, /\(file left out\)$/);
    assert.deepEqual(
      invalid.collection.reports.map((report) => report.title),
      ['Fine'],
    );
  });

  it('does not run JavaScript front matter', () => {
    const result = importMarkdown([{ path: 'e.md', text: '---js\nconst title = "x";\n---\nText.' }]);
    assert.deepEqual(result.errors, [
      { file: 'e.md', line: 1, message: 'front matter in "js" is not read (only YAML "---" and TOML "+++")' },
    ]);
  });
});

describe('posts', () => {
  it('leaves drafts out unless asked', () => {
    const files = [
      { path: 'a.md', text: '---\ntitle: Draft\ndraft: true\n---\nText.' },
      { path: 'b.md', text: '+++\ntitle = "Hugo draft"\ndraft = true\n+++\nText.' },
      { path: 'c.md', text: '---\ntitle: Unpublished\npublished: false\n---\nText.' },
      { path: 'd.md', text: '---\ntitle: Post\ndraft: false\n---\nText.' },
    ];
    const without = importMarkdown(files);
    assert.deepEqual(
      without.collection.reports.map((r) => r.title),
      ['Post'],
    );
    assert.deepEqual(without.drafts, ['a.md', 'b.md', 'c.md']);
    const withDrafts = importMarkdown(files, { drafts: true });
    assert.equal(withDrafts.collection.reports.length, 4);
    assert.deepEqual(withDrafts.drafts, []);
  });

  it('takes a leading # H1 as the title, and removes it from the body', () => {
    const { report } = one('# The title\n\nFirst paragraph.\n\n# Later H1\n');
    assert.equal(report.title, 'The title');
    assert.deepEqual(report.body, [
      { type: 'paragraph', text: 'First paragraph.' },
      { type: 'heading', text: 'Later H1', level: 2 },
    ]);
    // With a title in front matter: the same H1 is a repeat (dropped); another H1 is a heading.
    assert.deepEqual(one('---\ntitle: Same\n---\n# Same\n\nText.').report.body, [
      { type: 'paragraph', text: 'Text.' },
    ]);
    assert.deepEqual(one('---\ntitle: T\n---\n# Other\n').report.body, [
      { type: 'heading', text: 'Other', level: 2 },
    ]);
  });

  it('computes readingMinutes from the word count when it is missing', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    assert.equal(one(`---\ntitle: T\n---\n${words(5)}`).report.readingMinutes, 1);
    assert.equal(one(`---\ntitle: T\n---\n${words(WORDS_PER_MINUTE)}`).report.readingMinutes, 1);
    assert.equal(one(`---\ntitle: T\n---\n${words(WORDS_PER_MINUTE + 1)}`).report.readingMinutes, 2);
    assert.equal(one(`---\ntitle: T\n---\n${words(WORDS_PER_MINUTE * 9)}`).report.readingMinutes, 9);
    assert.equal(one('---\ntitle: T\n---\n').report.readingMinutes, 1);
    assert.equal(one(`---\ntitle: T\nreadingMinutes: 3\n---\n${words(5)}`).report.readingMinutes, 3);
  });

  it('defaults the slug from the file name (Jekyll dates, Hugo bundles)', () => {
    const slug = (path: string) => one('---\ntitle: T\n---\nText.', path).report;
    assert.equal(slug('content/posts/Zero Downtime.md').slug, 'zero-downtime');
    assert.equal(slug('_posts/2016-10-06-jekyll-3-3-is-here.markdown').slug, 'jekyll-3-3-is-here');
    assert.equal(slug('_posts/2016-10-06-jekyll-3-3-is-here.markdown').date, '2016-10-06');
    assert.equal(slug('content/posts/my-bundle/index.md').slug, 'my-bundle');
    assert.equal(slug('C:\\blog\\bundle\\index.md').slug, 'bundle');
    assert.equal(one('---\ntitle: T\nslug: given\n---\nText.', 'x/other.md').report.slug, 'given');
  });

  it('leaves out the second of two posts with the same id', () => {
    const result = importMarkdown([
      { path: 'a/post.md', text: '---\ntitle: A\n---\nText.' },
      { path: 'b/post.md', text: '---\ntitle: B\n---\nText.' },
    ]);
    assert.deepEqual(
      result.collection.reports.map((r) => r.title),
      ['A'],
    );
    assert.deepEqual(result.errors, [
      {
        file: 'b/post.md',
        line: 1,
        message: 'duplicate id "post", also used by a/post.md; set a unique "slug" (file left out)',
      },
    ]);
  });
});

describe('body blocks', () => {
  it('converts paragraphs with the inline subset', () => {
    assert.deepEqual(
      body(
        'Some `code`, **strong**, *em* and _em_, a [link](https://example.com/a_(b)) and [x] y.\nNext line.',
      ),
      [
        {
          type: 'paragraph',
          text: 'Some `code`, **strong**, *em* and *em*, a [link](https://example.com/a_%28b%29) and \\[x\\] y. Next line.',
        },
      ],
    );
    const [link] = body('[a](<https://example.com/a b>)') as { text: string }[];
    assert.equal(link?.text, '[a](https://example.com/a%20b)');
  });

  it('keeps literal *, `, [ and \\ literal', () => {
    const [paragraph] = body('5 \\* 3 \\* 2, a \\`tick\\`, \\[not a link\\](x), C:\\\\dir, ``a`b``') as {
      text: string;
    }[];
    const text = (nodes: InlineNode[]): string =>
      nodes.map((node) => ('text' in node ? node.text : text(node.children))).join('');
    assert.deepEqual(
      parseInline(paragraph!.text).map((node) => node.kind),
      ['text'],
    );
    assert.equal(text(parseInline(paragraph!.text)), '5 * 3 * 2, a `tick`, [not a link](x), C:\\dir, a`b');
  });

  it('turns links outside the URL rule into their text, with a warning', () => {
    const { report, warnings } = one(
      '---\ntitle: T\n---\n\n[click](javascript:alert(1)) and [ftp](ftp://x.org/f)',
    );
    assert.deepEqual(report.body, [{ type: 'paragraph', text: 'click and ftp' }]);
    assert.deepEqual(warnings, [
      '5: link with a "javascript:" URL shown as its text',
      '5: link with a "ftp:" URL shown as its text',
    ]);
  });

  it("judges mailto: and tel: links by the content format's own URL rule", () => {
    // One rule for both: the importer keeps exactly the links the validator accepts.
    for (const url of ['mailto:ops@example.com', 'tel:+15551234']) {
      const { report, warnings } = one(`---\ntitle: T\n---\n[write](${url})`);
      if (isSafeUrl(url)) {
        assert.deepEqual(report.body, [{ type: 'paragraph', text: `[write](${url})` }]);
        assert.deepEqual(warnings, []);
      } else {
        assert.deepEqual(report.body, [{ type: 'paragraph', text: 'write' }]);
        assert.equal(warnings.length, 1);
      }
    }
  });

  it('keeps reference links and autolinks', () => {
    assert.deepEqual(body('See [the docs][d] and https://example.com.\n\n[d]: https://docs.example.com'), [
      {
        type: 'paragraph',
        text: 'See [the docs](https://docs.example.com) and [https://example.com](https://example.com).',
      },
    ]);
  });

  it('maps headings to levels 2–4', () => {
    assert.deepEqual(body('Intro.\n\n# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six *em*'), [
      { type: 'paragraph', text: 'Intro.' },
      { type: 'heading', text: 'One', level: 2 },
      { type: 'heading', text: 'Two', level: 2 },
      { type: 'heading', text: 'Three', level: 3 },
      { type: 'heading', text: 'Four', level: 4 },
      { type: 'heading', text: 'Five', level: 4 },
      { type: 'heading', text: 'Six em', level: 4 },
    ]);
  });

  it('converts lists, flattening nested ones with a warning', () => {
    const { report, warnings } = one(
      '---\ntitle: T\n---\n- a **b**\n- c\n  - d\n  - e\n- [x] done\n- [ ] todo\n\n1. one\n2. two\n',
    );
    assert.deepEqual(report.body, [
      { type: 'list', items: ['a **b**', 'c', 'd', 'e', '\\[x\\] done', '\\[ \\] todo'], ordered: false },
      { type: 'list', items: ['one', 'two'], ordered: true },
    ]);
    assert.deepEqual(warnings, ['6: nested list flattened into its parent list']);
  });

  it('moves a block inside a list item after the list part it ends', () => {
    assert.deepEqual(body('- a\n\n  ```sh\n  run\n  ```\n- b\n'), [
      { type: 'list', items: ['a'], ordered: false },
      { type: 'code', code: 'run', lang: 'sh' },
      { type: 'list', items: ['b'], ordered: false },
    ]);
  });

  it('keeps fenced code with its language, and turns text/ascii fences with drawings into diagrams', () => {
    assert.deepEqual(
      body(
        '```go\nfunc main() {}\n```\n\n    indented\n\n```text\ninbound ▶ dispatcher\n  ├─▶ lane A\n```\n\n' +
          '```ascii\na → b\n```\n\n```text\nplain text, no drawing\n```\n\n```\n┌─┐ no language\n```\n',
      ),
      [
        { type: 'code', code: 'func main() {}', lang: 'go' },
        { type: 'code', code: 'indented' },
        { type: 'diagram', ascii: 'inbound ▶ dispatcher\n  ├─▶ lane A' },
        { type: 'diagram', ascii: 'a → b' },
        { type: 'code', code: 'plain text, no drawing', lang: 'text' },
        { type: 'code', code: '┌─┐ no language' },
      ],
    );
  });

  it('turns blockquotes into quotes, with a trailing "— cite" or "-- cite" line as the cite', () => {
    assert.deepEqual(
      body(
        '> Plain quote.\n\n> Share memory by communicating.\n> — Rob *Pike*\n\n> Two\n>\n> paragraphs.\n>\n> -- Someone\n\n' +
          '> No cite -- here\n',
      ),
      [
        { type: 'quote', text: 'Plain quote.' },
        { type: 'quote', text: 'Share memory by communicating.', cite: 'Rob Pike' },
        { type: 'quote', text: 'Two paragraphs.', cite: 'Someone' },
        { type: 'quote', text: 'No cite -- here' },
      ],
    );
  });

  it('turns GitHub alerts into callouts', () => {
    const alerts = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']
      .map((kind) => `> [!${kind}]\n> The ${kind.toLowerCase()} *text*.`)
      .join('\n\n');
    assert.deepEqual(body(alerts), [
      { type: 'callout', tone: 'info', text: 'The note *text*.' },
      { type: 'callout', tone: 'info', text: 'The tip *text*.' },
      { type: 'callout', tone: 'info', text: 'The important *text*.' },
      { type: 'callout', tone: 'warning', text: 'The warning *text*.' },
      { type: 'callout', tone: 'danger', text: 'The caution *text*.' },
    ]);
    assert.deepEqual(body('> [!note] lower case, same line'), [
      { type: 'callout', tone: 'info', text: 'lower case, same line' },
    ]);
  });

  it('drops what the format cannot hold, with file:line warnings, and never passes HTML on', () => {
    const text = [
      '---', // 1
      'title: T', // 2
      '---', // 3
      'Before <b>bold</b> after.', // 4
      '', // 5
      '<div class="x">block</div>', // 6
      '', // 7
      '![alt text](a.png)', // 8
      '', // 9
      '| a | b |', // 10
      '|---|---|', // 11
      '| 1 | 2 |', // 12
      '', // 13
      'Note[^1] and ~~old~~ new.', // 14
      '', // 15
      '[^1]: The footnote.', // 16
      '', // 17
      '---', // 18
      '', // 19
      '<!--more-->', // 20
      '', // 21
      '{{< youtube abc >}}', // 22
      '', // 23
      'A {% include x.html %} tag.', // 24
      '', // 25
      '```js', // 26
      '```', // 27
    ].join('\n');
    const { report, warnings } = one(text, 'post.md');
    assert.deepEqual(report.body, [
      { type: 'paragraph', text: 'Before bold after.' },
      { type: 'paragraph', text: 'Note and old new.' },
      { type: 'paragraph', text: 'A  tag.' },
    ]);
    assert.deepEqual(warnings, [
      '4: raw HTML dropped: <b>',
      '6: raw HTML dropped: <div class="x">block</div>',
      '8: image dropped: alt text',
      '10: table dropped',
      '14: footnote reference dropped: [^1]',
      '14: strikethrough shown as plain text',
      '16: footnote dropped: [^1]',
      '18: thematic break dropped',
      '22: template tag dropped: {{< youtube abc >}}',
      '24: template tag dropped: {% include x.html %}',
      '26: empty code block dropped',
    ]);
    assert.doesNotMatch(JSON.stringify(report), /<div|<b>/);
  });

  it('drops $$ math with a warning, and leaves single dollars (money) alone', () => {
    const { report, warnings } = one(
      '---\ntitle: T\n---\nPrice $5 and $10, inline $$x^2$$.\n\n$$\n\\varphi = 1\n$$\n',
    );
    assert.deepEqual(report.body, [{ type: 'paragraph', text: 'Price $5 and $10, inline .' }]);
    assert.deepEqual(warnings, ['4: math dropped: x^2', '6: math dropped: \\varphi = 1']);
  });
});

describe('any Markdown', () => {
  it('never throws, and always gives valid content', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = [
      '*',
      '**',
      '_',
      '`',
      '``',
      '[',
      ']',
      '(',
      ')',
      '\\',
      '<b>',
      '</b>',
      '<!-- c -->',
      '![i](x.png)',
      '[l](http://a.b)',
      '[l](javascript:x)',
      '[l][r]',
      '\n[r]: /r\n',
      '\n',
      '\n\n',
      '# ',
      '## ',
      '##### ',
      '- ',
      '  - ',
      '1. ',
      '> ',
      '> [!NOTE]\n> ',
      '— cite',
      '```text\n┌─┐\n```\n',
      '```\n',
      '    code',
      '| a | b |\n|---|---|\n',
      '[^1]',
      '\n[^1]: f\n',
      '---\n',
      '~~s~~',
      '$$x$$',
      '{{< sc >}}',
      '{% t %}',
      '\\[x\\](evil)',
      '(evil)',
      'word ',
      'Ünïcode ',
      '\t',
      ' ',
    ];
    const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    const frontMatter = fc.constantFrom('', '---\ntitle: T\n---\n', '+++\ntitle = "T"\n+++\n', '---\n---\n');
    fc.assert(
      fc.property(frontMatter, markdown, (head, text) => {
        const result = importMarkdown([{ path: 'fuzz.md', text: head + text }]);
        const parsed = parseCollection(result.collection);
        assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
        for (const message of [...result.warnings, ...result.errors]) assert.ok(message.line >= 1);
        // Text left over from unsafe links, HTML and escapes never becomes a link the source did not have.
        for (const report of parsed.collection.reports) {
          for (const block of report.body) {
            // Headings are plain text; these blocks carry the inline subset.
            const inline =
              block.type === 'list'
                ? block.items
                : block.type === 'paragraph' || block.type === 'quote' || block.type === 'callout'
                  ? [block.text]
                  : [];
            const hrefs = (nodes: InlineNode[]): string[] =>
              nodes.flatMap((node) => [
                ...(node.kind === 'link' ? [node.href] : []),
                ...('children' in node ? hrefs(node.children) : []),
              ]);
            for (const href of hrefs(inline.flatMap((text) => parseInline(text))))
              assert.ok(['http://a.b', '/r'].includes(href), href);
          }
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
