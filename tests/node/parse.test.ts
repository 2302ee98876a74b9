// One passing and one failing case for every rule of the content format (/work/shared/content-format.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCollection, parseInline, slugify, STATUSES } from '../../src/data/index.js';
import { failsAt, warnsAt, oneReport, onlyReport, parsesOk } from './helpers.js';

describe('top-level shapes', () => {
  it('accepts the minimal collection and normalises it fully', () => {
    assert.deepEqual(parseCollection({ reports: [{ title: 'Hello' }] }), {
      ok: true,
      collection: {
        groups: [],
        reports: [
          {
            id: 'hello',
            title: 'Hello',
            tags: [],
            groups: [],
            authors: [],
            outcomes: [],
            timeline: [],
            actionItems: [],
            body: [],
          },
        ],
      },
      warnings: [],
    });
  });

  it('requires reports in a collection, and accepts an empty list', () => {
    failsAt({ title: 'x' }, 'reports', 'is required');
    failsAt({ reports: {} }, 'reports', 'must be an array');
    assert.deepEqual(parsesOk({ reports: [] }).collection, { groups: [], reports: [] });
  });

  it('accepts a bare array of reports, with paths relative to the array', () => {
    assert.equal(parsesOk([{ title: 'A' }, { summary: 'B' }]).collection.reports.length, 2);
    failsAt([{ title: 'A' }, { title: 'B', url: 'javascript:x' }], '[1].url');
  });

  it('rejects anything else at the root', () => {
    for (const input of ['a string', 42, true, null, undefined])
      failsAt(input, '', 'must be a collection object');
  });

  it('ignores $schema without a warning, but it must be a string', () => {
    assert.deepEqual(parsesOk({ $schema: './schema.json', reports: [] }).warnings, []);
    assert.equal('$schema' in parsesOk({ $schema: './schema.json', reports: [] }).collection, false);
    failsAt({ $schema: 5, reports: [] }, '$schema', 'must be a string');
  });
});

describe('JSON Feed 1.1', () => {
  const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Blog',
    description: 'Notes',
    home_page_url: 'https://example.com',
    items,
    ...extra,
  });

  it('maps items onto reports', () => {
    const { collection, warnings } = parsesOk(
      feed([
        {
          id: 'https://example.com/p/1',
          url: 'https://example.com/p/1',
          title: 'Post',
          summary: 'Short.',
          date_published: '2026-05-10T08:00:00+02:00',
          date_modified: '2026-05-11',
          tags: ['Go', 'go'],
          authors: [{ name: 'Ana', url: 'https://example.com/ana', avatar: 'https://example.com/a.png' }],
          content_text: 'One.\n\nTwo\nlines.\n\n\n',
          image: 'https://example.com/i.png',
          _ext: { a: 1 },
        },
      ]),
    );
    assert.deepEqual(warnings, []);
    assert.equal(collection.title, 'Blog');
    assert.equal(collection.description, 'Notes');
    assert.deepEqual(collection.reports[0], {
      id: 'https://example.com/p/1',
      title: 'Post',
      summary: 'Short.',
      tags: ['Go'],
      groups: [],
      date: '2026-05-10T08:00:00+02:00',
      updated: '2026-05-11',
      authors: [{ name: 'Ana', url: 'https://example.com/ana' }],
      url: 'https://example.com/p/1',
      outcomes: [],
      timeline: [],
      actionItems: [],
      body: [
        { type: 'paragraph', text: 'One.' },
        { type: 'paragraph', text: 'Two\nlines.' },
      ],
    });
  });

  it('coerces numeric ids, inherits feed authors, reads 1.0 author, warns about HTML-only items', () => {
    const { collection, warnings } = parsesOk({
      version: 'https://jsonfeed.org/version/1',
      author: { name: 'Feed Author' },
      items: [
        { id: 7, title: 'A', content_html: '<p>x</p>' },
        { id: '8', title: 'B', author: { name: 'Item Author', avatar: 'x' } },
      ],
    });
    assert.deepEqual(
      collection.reports.map((r) => [r.id, r.authors]),
      [
        ['7', [{ name: 'Feed Author' }]],
        ['8', [{ name: 'Item Author' }]],
      ],
    );
    assert.deepEqual(warnings, [
      {
        path: 'items[0].content_html',
        message: 'is ignored (HTML is never rendered); add "content_text" for a body',
      },
    ]);
  });

  it('reports problems in the feed’s own terms', () => {
    failsAt(
      feed([{ id: '1', title: 'A', date_published: 20260510 }]),
      'items[0].date_published',
      'must be a string',
    );
    failsAt(feed([{ id: '1', title: 'A', date_modified: true }]), 'items[0].date_modified');
    failsAt(feed([{ id: '1', title: 'A', url: 'javascript:x' }]), 'items[0].url');
    // content_text is plain text: a link-like run is just text, never a reason to reject the feed.
    const plainLink = parsesOk(feed([{ id: '1', title: 'A', content_text: 'see [x](javascript:y)' }]));
    const [paragraph] = plainLink.collection.reports[0]?.body ?? [];
    assert.deepEqual(parseInline(paragraph?.type === 'paragraph' ? paragraph.text : ''), [
      { kind: 'text', text: 'see [x](javascript:y)' },
    ]);
    failsAt(feed([{ id: '1' }]), 'items[0]', 'needs a "title", a "summary" or a "body"');
    failsAt(
      feed([
        { id: '1', title: 'A' },
        { id: '1', title: 'B' },
      ]),
      'items[1].id',
      'duplicate id',
    );
    failsAt({ version: 'https://jsonfeed.org/version/1.1', title: 'No items' }, 'items', 'is required');
  });

  it('reports author problems where the feed has them: once for the feed’s own, at the source index', () => {
    const issuesOf = (input: unknown) => {
      const result = parseCollection(input);
      assert.equal(result.ok, false);
      return result.ok ? [] : result.issues.map((issue) => issue.path);
    };
    const items = [
      { id: '1', title: 'A' },
      { id: '2', title: 'B' },
      { id: '3', title: 'C' },
    ];
    // Inherited by every item, reported once at the feed's path (not at items[N].authors).
    assert.deepEqual(issuesOf(feed(items, { authors: [{ name: 'F', url: 'javascript:x' }] })), [
      'authors[0].url',
    ]);
    assert.deepEqual(
      issuesOf({
        version: 'https://jsonfeed.org/version/1',
        author: { name: 'F', url: 'javascript:x' },
        items,
      }),
      ['author.url'],
    );
    // An item's 1.0 author, and an index after a skipped nameless author, keep the feed's own terms.
    assert.deepEqual(issuesOf(feed([{ id: '1', title: 'A', author: { name: 'I', url: 'javascript:x' } }])), [
      'items[0].author.url',
    ]);
    assert.deepEqual(
      issuesOf(feed([{ id: '1', title: 'A', authors: [{ url: '/a' }, { name: 'B', url: 'javascript:x' }] }])),
      ['items[0].authors[1].url'],
    );
    const { warnings } = parsesOk(feed(items, { authors: [{ url: '/nameless' }, { name: 'F' }] }));
    assert.deepEqual(warnings, [{ path: 'authors[0]', message: 'author without a "name" is ignored' }]);
  });

  it('treats an unknown version as an ordinary object', () => {
    failsAt({ version: 'https://jsonfeed.org/version/2', items: [] }, 'reports', 'is required');
  });
});

describe('collection fields', () => {
  it('title and description: non-blank strings, trimmed; description takes inline markup with safe links only', () => {
    const { collection } = parsesOk({
      title: ' Incident reports ',
      description: 'See [docs](/docs).',
      reports: [],
    });
    assert.equal(collection.title, 'Incident reports');
    assert.equal(collection.description, 'See [docs](/docs).');
    // An empty optional string is absent, with a warning.
    const blank = warnsAt(
      { title: '  ', description: '', reports: [] },
      'title',
      'is empty; treated as absent',
    );
    assert.deepEqual(blank.collection, { groups: [], reports: [] });
    assert.ok(blank.warnings.some((w) => w.path === 'description'));
    failsAt({ title: 5, reports: [] }, 'title', 'must be a string');
    failsAt({ description: 'See [docs](javascript:x).', reports: [] }, 'description', 'link');
  });

  it('groups: kebab-case unique ids, a title, an optional description, kept in order', () => {
    const groups = [
      { id: 'databases', title: 'Databases', description: 'Storage *incidents*' },
      { id: 'networking', title: 'Networking' },
    ];
    assert.deepEqual(parsesOk({ groups, reports: [] }).collection.groups, groups);
    failsAt({ groups: [{ id: 'Data Stores', title: 'x' }], reports: [] }, 'groups[0].id', 'kebab-case');
    failsAt({ groups: [{ id: 'a' }], reports: [] }, 'groups[0].title', 'is required');
    failsAt(
      {
        groups: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'B' },
        ],
        reports: [],
      },
      'groups[1].id',
      'duplicate group id "a"',
    );
    failsAt(
      { groups: [{ id: 'a', title: 'A', description: '[x](data:y)' }], reports: [] },
      'groups[0].description',
    );
  });
});

describe('report id', () => {
  it('is kept when given, else defaults to the slug, a slug of the title, or a slug of the summary', () => {
    const { collection } = parsesOk({
      reports: [
        { id: 'INC-001', slug: 'ignored-for-id', title: 'A' },
        { slug: 'from-slug', title: 'B' },
        { title: 'Café: 50% faster!' },
        { summary: 'Only a summary, which can be rather long and keeps going well past sixty characters' },
      ],
    });
    assert.deepEqual(
      collection.reports.map((r) => r.id),
      [
        'INC-001',
        'from-slug',
        'cafe-50-faster',
        'only-a-summary-which-can-be-rather-long-and-keeps-going-well',
      ],
    );
  });

  it('must be unique after defaulting', () => {
    failsAt(
      {
        reports: [
          { id: 'x', title: 'A' },
          { id: 'x', title: 'B' },
        ],
      },
      'reports[1].id',
      'duplicate id "x"',
    );
    failsAt({ reports: [{ title: 'Same' }, { title: 'same!' }] }, 'reports[1].id', 'taken from the title');
    failsAt(
      { reports: [{ slug: 'a-b', title: 'A' }, { title: 'A b' }] },
      'reports[1].id',
      'also used by reports[0]',
    );
  });

  it('must be derivable and not blank', () => {
    failsAt(oneReport({ title: '!!!' }), 'reports[0].id', 'no id can be derived from the title');
    // A blank id is absent (warned), so the id is derived.
    assert.equal(warnsAt(oneReport({ id: ' ' }), 'reports[0].id', 'is empty').collection.reports[0]?.id, 't');
    failsAt(oneReport({ id: 5 }), 'reports[0].id', 'must be a string');
  });
});

describe('report fields', () => {
  it('needs a title, a summary or a body', () => {
    assert.equal(onlyReport({ title: undefined, summary: 'Only a summary.' }).summary, 'Only a summary.');
    assert.equal(onlyReport({ title: 'Only a title' }).summary, undefined);
    const bodyOnly = { id: 'b', body: [{ type: 'paragraph', text: 'Just words.' }] };
    assert.deepEqual(parsesOk({ reports: [bodyOnly] }).collection.reports[0]?.body, bodyOnly.body);
    failsAt({ reports: [{ status: 'resolved' }] }, 'reports[0]', 'needs a "title", a "summary" or a "body"');
    failsAt({ reports: [{ id: 'e', body: [] }] }, 'reports[0]', 'needs a "title"');
    // A body lends no id: without a title or summary the id is required.
    failsAt({ reports: [{ body: bodyOnly.body }] }, 'reports[0].id', 'is required when there is no title');
    failsAt({ reports: [{ title: '' }] }, 'reports[0]', 'needs a "title"');
    // Reported together with the report's other problems, not after they are fixed.
    const issues = failsAt({ reports: [{ url: 'javascript:x' }] }, 'reports[0]', 'needs a "title"');
    assert.ok(issues.some((i) => i.path === 'reports[0].url'));
  });

  it('title is plain text; summary and impact take the inline subset with safe links', () => {
    assert.equal(
      onlyReport({ summary: 'With **markup** and [a link](https://e.com).' }).summary,
      'With **markup** and [a link](https://e.com).',
    );
    failsAt(
      oneReport({ summary: 'Click [here](javascript:alert(1))' }),
      'reports[0].summary',
      '[here](javascript:alert(1))',
    );
    assert.equal(onlyReport({ impact: '*All* users' }).impact, '*All* users');
    failsAt(oneReport({ impact: '[x](vbscript:y)' }), 'reports[0].impact');
    failsAt(oneReport({ title: ['a'] }), 'reports[0].title', 'must be a string');
  });

  it('slug is kebab-case', () => {
    assert.equal(onlyReport({ slug: 'zero-downtime-migration' }).slug, 'zero-downtime-migration');
    for (const slug of ['Zero-Downtime', 'zero_downtime', 'zero--downtime', '-zero', 'zero downtime']) {
      failsAt(oneReport({ slug }), 'reports[0].slug', 'kebab-case');
    }
    assert.equal(
      warnsAt(oneReport({ slug: '' }), 'reports[0].slug', 'is empty').collection.reports[0]?.slug,
      undefined,
    );
  });

  it('status is one of the seven words, in any letter case, returned in lower case', () => {
    for (const status of STATUSES) {
      assert.equal(onlyReport({ status: status.toUpperCase() }).status, status);
      assert.equal(onlyReport({ status }).status, status);
    }
    assert.equal(onlyReport({ status: 'ReSoLvEd' }).status, 'resolved');
    failsAt(oneReport({ status: 'fixed' }), 'reports[0].status', 'got "fixed"');
    failsAt(oneReport({ status: ' resolved' }), 'reports[0].status');
    failsAt(oneReport({ status: 1 }), 'reports[0].status', 'must be a string');
  });

  it('severity and category are free labels', () => {
    const report = onlyReport({ severity: 'SEV-1', category: 'Database' });
    assert.deepEqual([report.severity, report.category], ['SEV-1', 'Database']);
    failsAt(oneReport({ severity: 1 }), 'reports[0].severity');
    failsAt(oneReport({ category: ['x'] }), 'reports[0].category');
    warnsAt(oneReport({ category: '' }), 'reports[0].category', 'is empty; treated as absent');
  });

  it('tags are trimmed and deduplicated case-insensitively, keeping the first spelling', () => {
    assert.deepEqual(onlyReport({ tags: [' Go ', 'Kafka', 'go', 'KAFKA', 'PostgreSQL'] }).tags, [
      'Go',
      'Kafka',
      'PostgreSQL',
    ]);
    failsAt(oneReport({ tags: 'Go, Kafka' }), 'reports[0].tags', 'must be an array');
    failsAt(oneReport({ tags: ['Go', ' '] }), 'reports[0].tags[1]', 'must not be empty');
    failsAt(oneReport({ tags: ['Go', 3] }), 'reports[0].tags[1]', 'must be a string');
  });

  it('groups reference declared groups; duplicates collapse', () => {
    const input = {
      groups: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      reports: [{ title: 'T', groups: ['b', 'a', 'b'] }],
    };
    assert.deepEqual(parsesOk(input).collection.reports[0]?.groups, ['b', 'a']);
    failsAt(
      { ...input, reports: [{ title: 'T', groups: ['a', 'c'] }] },
      'reports[0].groups[1]',
      'unknown group "c"; declared groups: a, b',
    );
    failsAt(oneReport({ groups: ['a'] }), 'reports[0].groups[0]', 'no "groups" are declared');
  });

  it('date and updated are RFC 3339 dates or date-times that exist, stored in one canonical form', () => {
    for (const date of [
      '2026-05-10',
      '2024-02-29',
      '2026-05-10T14:30Z',
      '2026-05-10T14:30:00Z',
      '2026-05-10T14:30:00.123+02:00',
      '2026-05-10T14:30:00',
    ]) {
      assert.equal(onlyReport({ date, updated: date }).date, date);
    }
    for (const [date, canonical] of [
      ['2026-05-10T14:30:00-0530', '2026-05-10T14:30:00-05:30'],
      ['2026-05-10T14:30:00+05', '2026-05-10T14:30:00+05:00'],
      ['2026-05-10t14:30:00z', '2026-05-10T14:30:00Z'],
      ['2026-05-10 14:30', '2026-05-10T14:30'],
      ['2026-05-10 14:30:00.5+00:00', '2026-05-10T14:30:00.5+00:00'],
    ]) {
      const report = parsesOk(oneReport({ date, updated: date }));
      assert.equal(report.collection.reports[0]?.date, canonical, date);
      assert.deepEqual(report.warnings, [], date);
    }
    for (const date of [
      'May 10, 2026',
      '10/05/2026',
      '2026-5-10',
      '2026-13-01',
      '2026-05-32',
      '2026-05-10T25:00Z',
    ]) {
      failsAt(oneReport({ date }), 'reports[0].date', 'RFC 3339');
      failsAt(oneReport({ updated: date }), 'reports[0].updated', 'RFC 3339');
    }
    warnsAt(oneReport({ date: '' }), 'reports[0].date', 'is empty; treated as absent');
    failsAt(
      oneReport({ date: '2026-02-29' }),
      'reports[0].date',
      'is not a real calendar date; got "2026-02-29"',
    );
    failsAt(oneReport({ date: '2026-04-31T10:00Z' }), 'reports[0].date', 'is not a real calendar date');
  });

  it('readingMinutes is a whole number above 0', () => {
    assert.equal(onlyReport({ readingMinutes: 9 }).readingMinutes, 9);
    for (const readingMinutes of [0, -1, 2.5])
      failsAt(oneReport({ readingMinutes }), 'reports[0].readingMinutes', 'whole number');
    failsAt(oneReport({ readingMinutes: '9' }), 'reports[0].readingMinutes', 'must be a number; got "9"');
  });

  it('authors are {name, url?} with a safe url', () => {
    assert.deepEqual(
      onlyReport({ authors: [{ name: 'Ana', url: 'https://e.com/ana' }, { name: 'Ben' }] }).authors,
      [{ name: 'Ana', url: 'https://e.com/ana' }, { name: 'Ben' }],
    );
    failsAt(oneReport({ authors: [{ url: '/x' }] }), 'reports[0].authors[0].name', 'is required');
    failsAt(oneReport({ authors: [{ name: 'A', url: 'javascript:x' }] }), 'reports[0].authors[0].url');
    failsAt(oneReport({ authors: 'Ana' }), 'reports[0].authors', 'must be an array');
  });

  it('url is http(s) or relative, stored the way a browser reads it', () => {
    for (const url of [
      'https://e.com/r',
      'http://e.com',
      '/reports/x',
      'reports/x',
      '//cdn.e.com/x',
      '#a',
      '?q',
    ]) {
      assert.equal(onlyReport({ url }).url, url);
    }
    assert.equal(onlyReport({ url: ' /reports/\tx\n' }).url, '/reports/x');
    const issues = failsAt(oneReport({ url: 'javascript:alert(1)' }), 'reports[0].url');
    assert.equal(issues[0]?.message, 'must be http(s), mailto:, tel: or relative; got "javascript:alert(1)"');
    for (const url of ['mailto:ana@example.com', 'tel:+15551234', 'MAILTO:a@b.c'])
      assert.equal(onlyReport({ url }).url, url);
    for (const url of [
      ' JavaScript:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      failsAt(oneReport({ url }), 'reports[0].url', 'must be http(s), mailto:, tel: or relative');
    }
    warnsAt(oneReport({ url: '' }), 'reports[0].url', 'is empty; treated as absent');
  });

  it('cuts long values in messages', () => {
    const issues = failsAt(oneReport({ url: `javascript:${'a'.repeat(500)}` }), 'reports[0].url');
    assert.ok((issues[0]?.message.length ?? 0) < 120, issues[0]?.message);
    assert.match(issues[0]?.message ?? '', /…"$/);
  });

  it('diagram: a string, an array of lines, or {ascii, label?, caption?}, all as lines', () => {
    const lines = ['app', ' ├─▶ mongo', ' └─▶ postgres   ', '       │'];
    assert.deepEqual(onlyReport({ diagram: lines.join('\n') }).diagram, { lines });
    assert.deepEqual(onlyReport({ diagram: `\n${lines.join('\r\n')}\n\n` }).diagram, { lines });
    assert.deepEqual(onlyReport({ diagram: lines }).diagram, { lines });
    assert.deepEqual(onlyReport({ diagram: ['app\n ├─▶ mongo', ' └─▶ postgres   ', '       │'] }).diagram, {
      lines,
    });
    assert.deepEqual(onlyReport({ diagram: { ascii: lines, label: 'Flow', caption: 'Cutover' } }).diagram, {
      lines,
      label: 'Flow',
      caption: 'Cutover',
    });
    assert.deepEqual(onlyReport({ diagram: { ascii: 'a' } }).diagram, { lines: ['a'] });
    failsAt(
      oneReport({ diagram: 5 }),
      'reports[0].diagram',
      'must be a string, an array of lines, or an object',
    );
    failsAt(
      oneReport({ diagram: { ascii: 5 } }),
      'reports[0].diagram.ascii',
      'must be a string or an array of lines',
    );
    // `lines`, the parsed form, is input too (parsed output is valid input); one of the two, not both.
    assert.deepEqual(onlyReport({ diagram: { lines, label: 'Flow' } }).diagram, { lines, label: 'Flow' });
    failsAt(oneReport({ diagram: { label: 'x' } }), 'reports[0].diagram.ascii', 'is required (or "lines")');
    failsAt(oneReport({ diagram: { ascii: 'a', lines: ['a'] } }), 'reports[0].diagram.lines', 'not several');
    failsAt(oneReport({ diagram: { ascii: 'a', label: 3 } }), 'reports[0].diagram.label');
    warnsAt(oneReport({ diagram: '' }), 'reports[0].diagram', 'is empty; treated as absent');
    failsAt(oneReport({ diagram: { ascii: ' ' } }), 'reports[0].diagram.ascii', 'is required');
    failsAt(oneReport({ diagram: [] }), 'reports[0].diagram', 'must have a line that is not blank');
    failsAt(oneReport({ diagram: ['a', 2] }), 'reports[0].diagram[1]', 'must be a string');
  });

  it('outcomes are {label, value}', () => {
    assert.deepEqual(
      onlyReport({ outcomes: [{ label: 'analytic-store load', value: '−85–95%' }] }).outcomes,
      [{ label: 'analytic-store load', value: '−85–95%' }],
    );
    failsAt(oneReport({ outcomes: [{ label: 'x' }] }), 'reports[0].outcomes[0].value', 'is required');
  });

  it('timeline rows are {at, text}; at is free-form, text takes the inline subset', () => {
    const timeline = [
      { at: '2026-05-10T14:30:00Z', text: 'Alert fires.' },
      { at: 'T+4 min', text: 'Paged the `db` team.' },
    ];
    assert.deepEqual(onlyReport({ timeline }).timeline, timeline);
    failsAt(oneReport({ timeline: [{ text: 'x' }] }), 'reports[0].timeline[0].at', 'is required');
    failsAt(
      oneReport({ timeline: [{ at: 'T+1', text: '[x](javascript:y)' }] }),
      'reports[0].timeline[0].text',
    );
  });

  it('actionItems are {text, done?, owner?, url?}; done defaults to false', () => {
    assert.deepEqual(
      onlyReport({
        actionItems: [
          { text: 'Cap tx age', owner: 'Ana' },
          { text: 'Alert', done: true, url: '/i/1' },
        ],
      }).actionItems,
      [
        { text: 'Cap tx age', done: false, owner: 'Ana' },
        { text: 'Alert', done: true, url: '/i/1' },
      ],
    );
    failsAt(oneReport({ actionItems: [{ done: true }] }), 'reports[0].actionItems[0].text', 'is required');
    failsAt(
      oneReport({ actionItems: [{ text: 'x', done: 'yes' }] }),
      'reports[0].actionItems[0].done',
      'true or false',
    );
    failsAt(
      oneReport({ actionItems: [{ text: 'x', url: 'javascript:x' }] }),
      'reports[0].actionItems[0].url',
    );
  });
});

describe('body blocks', () => {
  const body = (...blocks: unknown[]) => onlyReport({ body: blocks }).body;
  const bodyFails = (block: unknown, path: string, message?: string) =>
    failsAt(oneReport({ body: [block] }), `reports[0].body[0]${path}`, message);

  it('paragraph: text in the inline subset', () => {
    assert.deepEqual(body({ type: 'paragraph', text: 'Hi *there*' }), [
      { type: 'paragraph', text: 'Hi *there*' },
    ]);
    bodyFails({ type: 'paragraph' }, '.text', 'is required');
    bodyFails({ type: 'paragraph', text: '[x](javascript:y)' }, '.text', 'link');
  });

  it('heading: level 2–4, default 2', () => {
    assert.deepEqual(body({ type: 'heading', text: 'A' }, { type: 'heading', text: 'B', level: 4 }), [
      { type: 'heading', text: 'A', level: 2 },
      { type: 'heading', text: 'B', level: 4 },
    ]);
    for (const level of [1, 5, 2.5, '3']) bodyFails({ type: 'heading', text: 'A', level }, '.level');
  });

  it('list: items, ordered default false, items take the inline subset', () => {
    assert.deepEqual(
      body({ type: 'list', items: ['a', '**b**'] }, { type: 'list', items: ['c'], ordered: true }),
      [
        { type: 'list', items: ['a', '**b**'], ordered: false },
        { type: 'list', items: ['c'], ordered: true },
      ],
    );
    bodyFails({ type: 'list', items: 'a' }, '.items', 'must be an array');
    bodyFails({ type: 'list', items: ['[x](data:y)'] }, '.items[0]', 'link');
    bodyFails({ type: 'list', items: ['a'], ordered: 'yes' }, '.ordered');
  });

  it('code: code kept verbatim, lang and caption optional', () => {
    assert.deepEqual(
      body(
        { type: 'code', code: '  indented\n', lang: 'sql', caption: 'Query' },
        { type: 'code', code: 'x' },
      ),
      [
        { type: 'code', code: '  indented\n', lang: 'sql', caption: 'Query' },
        { type: 'code', code: 'x' },
      ],
    );
    bodyFails({ type: 'code', code: '  ' }, '.code', 'must not be empty');
    bodyFails({ type: 'code', code: 'x', lang: 5 }, '.lang');
  });

  it('diagram: the diagram object form', () => {
    assert.deepEqual(body({ type: 'diagram', ascii: 'a\nb', label: 'L' }), [
      { type: 'diagram', diagram: { lines: ['a', 'b'], label: 'L' } },
    ]);
    bodyFails({ type: 'diagram' }, '.ascii', 'is required');
  });

  it('quote: text, cite optional', () => {
    assert.deepEqual(body({ type: 'quote', text: 'Q', cite: 'Ana' }, { type: 'quote', text: 'R' }), [
      { type: 'quote', text: 'Q', cite: 'Ana' },
      { type: 'quote', text: 'R' },
    ]);
    bodyFails({ type: 'quote', text: '[x](javascript:y)' }, '.text', 'link');
  });

  it('callout: tone info/warning/danger in any case, text', () => {
    assert.deepEqual(body({ type: 'callout', tone: 'DANGER', text: 'Careful' }), [
      { type: 'callout', tone: 'danger', text: 'Careful' },
    ]);
    bodyFails({ type: 'callout', tone: 'error', text: 'x' }, '.tone', 'one of info, warning, danger');
    bodyFails({ type: 'callout', text: 'x' }, '.tone', 'is required');
  });

  it('type: one of the seven, any letter case', () => {
    assert.deepEqual(body({ type: 'Paragraph', text: 'a' }), [{ type: 'paragraph', text: 'a' }]);
    bodyFails(
      { type: 'table' },
      '.type',
      'must be one of paragraph, heading, list, code, diagram, quote, callout; got "table"',
    );
    bodyFails({ text: 'no type' }, '.type', 'got nothing');
    bodyFails('text', '', 'must be an object');
  });
});

describe('unknown fields', () => {
  it('are dropped from the result and listed as warnings with their paths', () => {
    const { collection, warnings } = parsesOk({
      theme: 'dark',
      groups: [{ id: 'a', title: 'A', colour: 'red' }],
      reports: [
        {
          title: 'T',
          Status: 'resolved',
          reading_minutes: 3,
          authors: [{ name: 'A', email: 'a@e.com' }],
          diagram: { ascii: 'x', width: 3 },
          body: [{ type: 'paragraph', text: 'p', style: 'bold' }],
          'odd key': 1,
        },
      ],
    });
    assert.deepEqual(warnings, [
      { path: 'theme', message: 'unknown field, ignored' },
      { path: 'groups[0].colour', message: 'unknown field, ignored' },
      { path: 'reports[0].Status', message: 'unknown field, ignored; did you mean "status"?' },
      {
        path: 'reports[0].reading_minutes',
        message: 'unknown field, ignored; did you mean "readingMinutes"?',
      },
      { path: 'reports[0].authors[0].email', message: 'unknown field, ignored' },
      { path: 'reports[0].diagram.width', message: 'unknown field, ignored' },
      { path: 'reports[0].body[0].style', message: 'unknown field, ignored' },
      { path: 'reports[0]["odd key"]', message: 'unknown field, ignored' },
    ]);
    assert.equal(JSON.stringify(collection).includes('dark'), false);
    assert.deepEqual(Object.keys(collection.reports[0] ?? {}).includes('Status'), false);
  });

  it('are none in a clean file', () => {
    assert.deepEqual(
      parsesOk({ reports: [{ title: 'T', diagram: ['a'], body: [{ type: 'list', items: [] }] }] }).warnings,
      [],
    );
  });
});

describe('result', () => {
  it('reports every problem of a file at once, each with a path', () => {
    const result = parseCollection({
      groups: [{ id: 'a', title: 'A' }],
      reports: [
        { id: 'x', title: 'A', url: 'javascript:1', groups: ['nope'] },
        { id: 'x', status: 'done' },
      ],
    });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.issues.map((i) => i.path).sort(), [
      'reports[0].groups[0]',
      'reports[0].url',
      'reports[1]',
      'reports[1].id',
      'reports[1].status',
    ]);
  });

  it('omits absent optional fields instead of setting them to undefined', () => {
    const report = onlyReport({});
    for (const [key, value] of Object.entries(report)) assert.notEqual(value, undefined, key);
  });
});

describe('slugify', () => {
  it('makes lower-case hyphenated slugs, folding accents and keeping other scripts', () => {
    assert.equal(
      slugify('Moving a live datastore without losing a row'),
      'moving-a-live-datastore-without-losing-a-row',
    );
    assert.equal(slugify('  Crème brûlée: 2× faster!  '), 'creme-brulee-2-faster');
    assert.equal(slugify('Привет, мир'), 'привет-мир');
    assert.equal(slugify('!!!'), '');
    const long = slugify('word '.repeat(40));
    assert.ok(long.length <= 60 && !long.endsWith('-'), long);
  });
});
