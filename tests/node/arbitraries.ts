// fast-check arbitraries for content: collections and JSON Feeds built from every field and form the
// format accepts (and some it warns about or rejects), for the property tests.
import fc from 'fast-check';

/** Text with the inline subset's characters, edges of whitespace and a few non-ASCII runs. */
export const plainish = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', '\\', '*', '`', '[', ']', '(', ')', '_', 'é', '→', '#', '\n', 'x'),
  minLength: 1,
  maxLength: 24,
});

const word = fc.constantFrom('alpha', 'Beta', 'gamma delta', 'ε', 'INC-1', 'x');
const inline = fc.oneof(
  word,
  fc.constantFrom(
    '**bold** text',
    '*em* and `code`',
    'see [docs](/docs)',
    'mail [me](mailto:a@b.c)',
    'a \\* b',
  ),
);
const date = fc.constantFrom(
  '2026-05-10',
  '2026-05-10T14:30:00Z',
  '2026-05-10T14:30:00+05',
  '2026-05-10t14:30:00z',
  '2026-05-10 14:30',
  '2026-05-10T14:30:00.250-0530',
  'Mon, 02 Jan 2006 15:04:05 -0700',
  '2 Jan 2006 15:04 GMT',
);
const url = fc.constantFrom(
  'https://example.com/r',
  '/reports/x',
  '#a',
  'mailto:ops@example.com',
  'tel:+15550100',
  ' /x\t',
);
const diagramText = fc.constantFrom('a ─▶ b', 'box\n│\n▼', ['┌─┐', '└─┘'], ['', 'x', '  ']);
const diagram = fc.oneof(
  diagramText,
  fc.record({
    ascii: diagramText,
    label: fc.option(word, { nil: undefined }),
    caption: fc.option(word, { nil: undefined }),
  }),
);
const block = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph', 'Paragraph'), text: inline }),
  fc.record({
    type: fc.constant('heading'),
    text: word,
    level: fc.option(fc.constantFrom(2, 3, 4), { nil: undefined }),
  }),
  fc.record({
    type: fc.constant('list'),
    items: fc.array(inline, { minLength: 1, maxLength: 3 }),
    ordered: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({
    type: fc.constant('code'),
    code: fc.constantFrom('x = 1', '  indented\n'),
    lang: fc.option(fc.constantFrom('ts', 'go'), { nil: undefined }),
  }),
  fc.record({ type: fc.constant('diagram'), ascii: diagramText, label: fc.option(word, { nil: undefined }) }),
  fc.record({ type: fc.constant('quote'), text: inline, cite: fc.option(word, { nil: undefined }) }),
  fc.record({
    type: fc.constant('callout'),
    tone: fc.constantFrom('info', 'WARNING', 'danger'),
    text: inline,
  }),
);

/** A report with any subset of the fields, each in one of its accepted forms (or blank, which is warned). */
export const report = fc.record(
  {
    id: fc.constantFrom('INC-1', 'INC-2', 'a', ''),
    title: fc.oneof(word, fc.constant('')),
    summary: inline,
    slug: fc.constantFrom('zero-downtime', 'a-b', ''),
    status: fc.constantFrom('resolved', 'POSTMORTEM', 'Operating'),
    severity: fc.constantFrom('SEV-1', 'low'),
    tags: fc.array(fc.constantFrom('Go', 'go', ' Kafka ', 'SQL'), { maxLength: 4 }),
    category: fc.constantFrom('Database', ''),
    groups: fc.array(fc.constantFrom('db', 'net'), { maxLength: 2 }),
    date,
    updated: date,
    readingMinutes: fc.integer({ min: 1, max: 40 }),
    authors: fc.array(fc.record({ name: word, url: fc.option(url, { nil: undefined }) }), { maxLength: 2 }),
    url,
    diagram,
    outcomes: fc.array(fc.record({ label: word, value: word }), { maxLength: 2 }),
    impact: inline,
    timeline: fc.array(fc.record({ at: fc.constantFrom('T+4 min', '2026-05-10T14:30:00Z'), text: inline }), {
      maxLength: 2,
    }),
    actionItems: fc.array(
      fc.record({
        text: word,
        done: fc.option(fc.boolean(), { nil: undefined }),
        owner: fc.option(word, { nil: undefined }),
        url: fc.option(url, { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
    body: fc.array(block, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

/** A collection of such reports, with its own fields and the two groups the reports may name. */
export const collection = fc.record(
  {
    title: fc.oneof(word, fc.constant('')),
    description: inline,
    groups: fc.constant([
      { id: 'db', title: 'Databases', description: 'Storage *incidents*' },
      { id: 'net', title: 'Networking' },
    ]),
    reports: fc.array(report, { maxLength: 5 }),
  },
  { requiredKeys: ['groups', 'reports'] },
);

/** A JSON Feed 1.1 item: optional title, plain-text summary and content_text, dates in any form read. */
export const feedItem = fc.record(
  {
    id: fc.oneof(fc.constantFrom('1', '2', 'https://e.com/p/3'), fc.integer({ min: 1, max: 9 })),
    title: fc.oneof(word, fc.constant('')),
    summary: plainish,
    // The spec requires content_text or content_html; some non-blank text keeps the item valid.
    content_text: plainish.map((text) => `${text}x`),
    url,
    date_published: date,
    date_modified: date,
    tags: fc.array(word, { maxLength: 2 }),
    authors: fc.array(fc.record({ name: word }), { maxLength: 1 }),
  },
  { requiredKeys: ['id', 'content_text'] },
);

export const feed = fc.record({
  version: fc.constant('https://jsonfeed.org/version/1.1'),
  title: word,
  description: fc.oneof(plainish, fc.constant('')),
  items: fc.uniqueArray(feedItem, { maxLength: 4, selector: (item) => String(item.id) }),
});
