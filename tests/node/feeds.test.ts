// JSON Feed as the spec has it: title-less items, empty optional strings, every RFC 3339 date form
// and RFC 822 dates (warned), plain-text summary/content_text shown exactly, content_html through an
// optional converter. The fixtures in tests/fixtures/feeds/ are small hand-made feeds shaped like the
// cases issue 14 names (jsonfeed.org's 1.1 example, a micro.blog feed, a Hexo feed with `title: ""`,
// a Lume feed with RFC 822 dates); the real-world corpus lives in tests/fixtures/real-world/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  instantOf,
  parseCollection,
  parseInline,
  readDate,
  reportExcerpt,
  type HtmlConverter,
} from '../../src/data/index.js';
import { sortReports } from '../../src/components/report-list/arrange.js';
import { htmlToBlocks } from '../../src/data/feed-html.js';
import { plainish } from './arbitraries.js';
import { readJson } from './helpers.js';

const fixture = (name: string) => readJson(`tests/fixtures/feeds/${name}.json`);
const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'F',
  ...extra,
  items,
});
/** What a paragraph's text shows once rendered: the text of its inline nodes, in order. */
const shown = (text: string): string =>
  parseInline(text)
    .map((node) => (node.kind === 'text' ? node.text : `<${node.kind}>`))
    .join('');

describe('JSON Feed per spec', () => {
  it('accepts title-less items and leads them with an excerpt', () => {
    const result = parseCollection(fixture('micro-blog-style'));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    const [first, second] = result.collection.reports;
    assert.equal(first?.title, undefined);
    assert.equal(
      reportExcerpt(first!, 200),
      'Backups live in C:\\Program Files\\(x86)\\App\\[logs] now. *Really*.',
    );
    assert.equal(second?.title, undefined); // `title: ""` is absent
    assert.ok(result.warnings.some((w) => w.path === 'items[1].title' && /empty/.test(w.message)));
    assert.ok(result.warnings.some((w) => w.path === 'description' && /empty/.test(w.message)));
  });

  it('leads with the first prose of a body, a section heading only when there is nothing else', () => {
    const lead = (body: unknown[]) => reportExcerpt({ body: body as never }, 200);
    const heading = { type: 'heading', text: 'What happened' };
    assert.equal(
      lead([heading, { type: 'paragraph', text: 'The **queue** stalled.' }]),
      'The queue stalled.',
    );
    assert.equal(lead([heading, { type: 'list', items: ['one', 'two'] }]), 'one two');
    assert.equal(lead([heading, { type: 'code', code: 'x' }]), 'What happened');
    assert.equal(lead([]), '');
  });

  it('does not let one `title: ""` hide a Hexo feed', () => {
    const result = parseCollection(fixture('hexo-empty-title'));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.equal(result.collection.reports.length, 3);
    assert.deepEqual(result.warnings, [{ path: 'items[1].title', message: 'is empty; treated as absent' }]);
  });

  it('reads RFC 822 dates with a warning, in RFC 3339', () => {
    const result = parseCollection(fixture('lume-rfc822-dates'));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(
      result.collection.reports.map((r) => [r.date, r.updated]),
      [
        ['2006-01-02T15:04:05-07:00', '2006-01-03T08:00:00Z'],
        ['2026-05-10T09:30:00-07:00', undefined],
      ],
    );
    assert.deepEqual(
      result.warnings.map((w) => w.path),
      ['items[0].date_published', 'items[0].date_modified', 'items[1].date_published'],
    );
    assert.match(result.warnings[0]?.message ?? '', /is not RFC 3339; read as "2006-01-02T15:04:05-07:00"/);
  });

  it('reads a comma-separated tags string as the list it means, with a warning', () => {
    const result = parseCollection(
      feed([
        { id: '1', title: 'A', tags: 'workflow, omnifocus,,workflow' },
        { id: '2', title: 'B', tags: ['x'] },
      ]),
    );
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(
      result.collection.reports.map((r) => r.tags),
      [['workflow', 'omnifocus'], ['x']],
    );
    assert.deepEqual(result.warnings, [
      { path: 'items[0].tags', message: 'must be an array of strings; read as comma-separated tags' },
    ]);
  });

  it('dates an item that has only a date_modified by it, and sorts by it', () => {
    const result = parseCollection(
      feed([
        { id: 'a', title: 'A', date_modified: '2022-01-18T00:00:00.000Z' },
        { id: 'b', title: 'B', date_published: '2022-03-01', date_modified: '2022-04-02' },
        { id: 'c', title: 'C', date_modified: '2022-05-13T00:00:00.000Z' },
      ]),
    );
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(
      result.collection.reports.map((r) => [r.id, r.date, r.updated]),
      [
        ['a', '2022-01-18T00:00:00.000Z', undefined],
        ['b', '2022-03-01', '2022-04-02'],
        ['c', '2022-05-13T00:00:00.000Z', undefined],
      ],
    );
    assert.deepEqual(
      sortReports(result.collection.reports, 'date-desc').map((r) => r.id),
      ['c', 'b', 'a'],
    );
  });

  it('leaves out an item whose HTML is only images and that has no title or summary, with a warning', () => {
    const result = parseCollection(
      feed([
        { id: 'https://m.b/1', content_html: '<p>Hello <b>there</b></p>' },
        { id: 'https://m.b/2', content_html: '<p><img src="https://m.b/photo.jpg" width="600"></p>' },
        { id: 'https://m.b/3', title: 'Photo', content_html: '<p><img src="https://m.b/p2.jpg"></p>' },
        { id: 'https://m.b/4', content_html: '<p>Last</p>', tags: ['ok', 7] },
      ]),
      { html: htmlToBlocks },
    );
    // The fourth item's bad tag is reported where it is in the feed, not at reports[2].
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.issues.map((i) => i.path), ['items[3].tags[1]']);
    const lenient = parseCollection(
      feed([
        { id: 'https://m.b/1', content_html: '<p>Hello <b>there</b></p>' },
        { id: 'https://m.b/2', content_html: '<p><img src="https://m.b/photo.jpg" width="600"></p>' },
        { id: 'https://m.b/3', title: 'Photo', content_html: '<p><img src="https://m.b/p2.jpg"></p>' },
      ]),
      { html: htmlToBlocks },
    );
    assert.ok(lenient.ok, JSON.stringify(!lenient.ok && lenient.issues));
    assert.deepEqual(
      lenient.collection.reports.map((r) => r.id),
      ['https://m.b/1', 'https://m.b/3'],
    );
    assert.deepEqual(
      lenient.warnings.map((w) => `${w.path}: ${w.message}`),
      [
        'items[1]: is left out: it has no title or summary, and its content_html holds only images or markup, which are not shown',
        'items[2].content_html: images are not shown; their alt text is kept as text',
      ],
    );
  });

  it('shows an item whose generated date is no date, without that date, and warns', () => {
    const broken = '23096-23-09T90:2323:00+00:00';
    const result = parseCollection(
      feed([
        { id: '1', title: 'A', date_published: broken, date_modified: '2026-02-30' },
        { id: '2', title: 'B', date_published: '2026-05-10' },
      ]),
    );
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(
      result.collection.reports.map((r) => [r.title, r.date, r.updated]),
      [
        ['A', undefined, undefined],
        ['B', '2026-05-10', undefined],
      ],
    );
    assert.deepEqual(
      result.warnings.map((w) => w.path),
      ['items[0].date_published', 'items[0].date_modified'],
    );
    assert.match(
      result.warnings[0]?.message ?? '',
      /^is not a date; got "23096-23-09T90:2323:00\+00:00"; the item is shown without it$/,
    );
  });

  it('still rejects a wrongly typed tags or date: only strings are read loosely', () => {
    const result = parseCollection(feed([{ id: '1', title: 'A', tags: 5, date_published: 20260510 }]));
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.issues.map((issue) => issue.path).sort(), [
      'items[0].date_published',
      'items[0].tags',
    ]);
  });

  it('renders content_html only through a converter; without one, says so', () => {
    const example = fixture('jsonfeed-org-1.1-example');
    const strict = parseCollection(example);
    assert.equal(strict.ok, false); // item 1 has nothing but HTML
    const lenient = parseCollection(example, { lenient: true });
    assert.ok(lenient.ok);
    assert.deepEqual(
      lenient.skipped?.map((i) => i.path),
      ['items[1]'],
    );
    // A stand-in for the real converter (src/data/feed-html.ts): its contract, not its parsing.
    const calls: string[] = [];
    const html: HtmlConverter = (source) => {
      calls.push(source);
      return {
        blocks: [{ type: 'paragraph', text: 'Hello, world!' }],
        text: 'Hello, world!',
        warnings: [{ path: [0], message: 'dropped <p> attributes' }],
      };
    };
    const converted = parseCollection(example, { html });
    assert.ok(converted.ok, JSON.stringify(!converted.ok && converted.issues));
    assert.deepEqual(calls, ['<p>Hello, world!</p>']);
    assert.deepEqual(converted.collection.reports[1]?.body, [{ type: 'paragraph', text: 'Hello, world!' }]);
    assert.deepEqual(converted.warnings, [
      { path: 'items[1].content_html[0]', message: 'dropped <p> attributes' },
    ]);
    // Converted blocks obey the rules like any body, reported at the item's content_html.
    const unsafe: HtmlConverter = () => ({
      blocks: [{ type: 'paragraph', text: '[x](javascript:y)' }],
      text: '',
      warnings: [],
    });
    const rejected = parseCollection(example, { html: unsafe });
    assert.ok(!rejected.ok && rejected.issues.some((i) => i.path === 'items[1].content_html'));
    // A converter that throws costs the item its body, never the parse.
    const throwing: HtmlConverter = () => {
      throw new Error('boom');
    };
    const thrown = parseCollection(example, { html: throwing, lenient: true });
    assert.ok(thrown.ok && thrown.warnings.some((w) => /boom/.test(w.message)));
  });

  it('shows HTML character references in plain text as written, with a warning to write the characters', () => {
    const result = parseCollection(
      feed(
        [
          {
            id: '1',
            title: 'Add Task &amp; Sub Tasks',
            summary: 'FCC Says Releasing &#8216;Jokes&#8217;',
            content_text: 'Q&amp;A &#x2014; &lt;b&gt;',
          },
          // A lone ampersand, or a name no generator writes, is no reference.
          { id: '2', title: 'AT&T, R&D; &bogus;', summary: 'Plain & simple' },
        ],
        { title: 'Tom &amp; Jerry', description: 'It&#39;s a feed' },
      ),
    );
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    const { collection } = result;
    assert.equal(collection.title, 'Tom &amp; Jerry');
    assert.equal(shown(collection.description ?? ''), 'It&#39;s a feed');
    const [first, second] = collection.reports;
    assert.equal(first?.title, 'Add Task &amp; Sub Tasks');
    assert.equal(shown(first?.summary ?? ''), 'FCC Says Releasing &#8216;Jokes&#8217;');
    assert.deepEqual(
      first?.body.map((b) => (b.type === 'paragraph' ? shown(b.text) : '?')),
      ['Q&amp;A &#x2014; &lt;b&gt;'],
    );
    assert.equal(second?.title, 'AT&T, R&D; &bogus;');
    const message =
      'holds HTML character references (such as &amp;), shown as written: JSON Feed text is plain, so write the characters themselves';
    assert.deepEqual(
      result.warnings.map((w) => `${w.path}: ${w.message}`),
      ['title', 'description', 'items[0].title', 'items[0].summary', 'items[0].content_text'].map(
        (path) => `${path}: ${message}`,
      ),
    );
  });

  it('shows plain-text summary and content_text exactly as written (property)', () => {
    fc.assert(
      fc.property(plainish, plainish, (summary, text) => {
        const result = parseCollection(feed([{ id: '1', summary: `${summary}.`, content_text: `${text}.` }]));
        assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
        const report = result.collection.reports[0]!;
        assert.equal(shown(report.summary ?? ''), `${summary}.`.trim());
        const paragraphs = report.body.map((b) => (b.type === 'paragraph' ? shown(b.text) : '?'));
        const expected = `${text}.`
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean);
        assert.deepEqual(paragraphs, expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps backslashes, brackets and links in content_text as text', () => {
    const result = parseCollection(
      feed([{ id: '1', content_text: 'C:\\Program Files\\(x86)\\App\\[logs]\n\n[Email me](mailto:a@b.c)' }]),
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.collection.reports[0]?.body.map((b) => (b.type === 'paragraph' ? parseInline(b.text) : [])),
      [
        [{ kind: 'text', text: 'C:\\Program Files\\(x86)\\App\\[logs]' }],
        [{ kind: 'text', text: '[Email me](mailto:a@b.c)' }],
      ],
    );
  });
});

describe('dates', () => {
  it('every RFC 3339 form is one instant, whatever its spelling', () => {
    const instant = Date.UTC(2026, 4, 10, 9, 30);
    for (const text of [
      '2026-05-10T14:30:00+05',
      '2026-05-10T14:30:00+0500',
      '2026-05-10T14:30:00+05:00',
      '2026-05-10t09:30:00z',
      '2026-05-10 09:30:00Z',
      '2026-05-10T09:30Z',
      '2026-05-10T09:30:00.000Z',
      'Sun, 10 May 2026 09:30:00 GMT',
      '10 May 26 02:30 PDT',
    ]) {
      assert.equal(instantOf(text), instant, text);
    }
    assert.equal(instantOf('2026-05-10'), Date.UTC(2026, 4, 10));
    // Years below 100 are those years, not 1900 + n.
    assert.equal(new Date(instantOf('0050-06-01T00:00Z')).getUTCFullYear(), 50);
    assert.ok(Number.isNaN(instantOf('2026-02-30')));
    assert.ok(Number.isNaN(instantOf('yesterday')));
  });

  it('calendar checks stay, in every form', () => {
    for (const text of ['2026-02-29', '2026-04-31T10:00Z', 'Sat, 30 Feb 2026 10:00:00 GMT'])
      assert.deepEqual(readDate(text), { ok: false, message: 'is not a real calendar date' }, text);
    assert.equal(readDate('2024-02-29').ok, true);
  });

  it('sorts by instant: an offset date no longer sorts after year 0000', () => {
    const parsed = parseCollection({
      reports: [
        { id: 'old', title: 'x', date: '0000-01-01' },
        { id: 'offset', title: 'x', date: '2026-05-10T14:30:00+05' },
        { id: 'utc', title: 'x', date: '2026-05-10T09:00:00Z' },
      ],
    });
    assert.ok(parsed.ok);
    const reports = parsed.collection.reports;
    assert.deepEqual(
      sortReports(reports, 'date-desc').map((r) => r.id),
      ['offset', 'utc', 'old'],
    );
  });
});

describe('the validator core without the JSON Feed reader (the elements load it lazily)', () => {
  it('says a feed could not be read, at the root, and still validates a collection', async () => {
    const { validateCollection, validateCollectionInSlices } = await import('../../src/data/parse.js');
    const expected = {
      ok: false,
      issues: [{ path: '', message: 'is a JSON Feed, and the JSON Feed reader could not be loaded' }],
    };
    const input = feed([{ id: 'a', content_text: 'x' }]);
    assert.deepEqual(validateCollection(input, { lenient: true }), expected);
    assert.deepEqual(await validateCollectionInSlices(input, undefined, { lenient: true }), expected);
    const collection = { reports: [{ id: 'INC-1', title: 'T', date: '2026-01-02' }] };
    assert.equal(validateCollection(collection).ok, true);
    // With the reader, the same feed reads as parseCollection reads it.
    const { fromJsonFeed } = await import('../../src/data/json-feed.js');
    assert.deepEqual(validateCollection(input, { readFeed: fromJsonFeed }), parseCollection(input));
  });
});
