import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, type CliIo } from '../../src/cli/validate.js';
import { parseContent } from '../../src/data/index.js';
import { authoredId } from '../../src/shared/authored.js';
import { repoRoot } from './helpers.js';

/** The real-world corpus: real JSON Feeds from real sites and generators (sources in SOURCES.md). */
const DIR = 'tests/fixtures/real-world/feeds';
const FILES = readdirSync(path.join(repoRoot, DIR)).filter((file) => file.endsWith('.json'));

interface FeedItem {
  title?: unknown;
  summary?: unknown;
  content_html?: unknown;
  content_text?: unknown;
}
const read = (file: string) =>
  JSON.parse(readFileSync(path.join(repoRoot, DIR, file), 'utf8')) as { items: FeedItem[] };

/** What the HTML converter warns about: the only warnings a content_html field may carry. */
const HTML_WARNINGS = [
  /^<[a-z]+> is dropped with its content$/,
  /^images are not shown; their alt text is kept as text$/,
  /^a link whose URL breaks the URL rule is kept as its text$/,
];

/** An item whose body must come from its HTML, and whose HTML has words in it. */
const hasHtmlBody = (item: FeedItem) =>
  typeof item.content_html === 'string' &&
  item.content_text === undefined &&
  /[^\s<>]/.test(item.content_html.replace(/<[^>]*>/g, ''));

describe('real-world JSON Feeds', () => {
  it('the corpus holds at least ten feeds', () => {
    assert.ok(FILES.length >= 10, `${FILES.length} feeds`);
  });

  for (const file of FILES) {
    it(`${file}: every item with something to show becomes a report, with its HTML as body blocks`, async () => {
      const feed = read(file);
      const result = await parseContent(feed, { lenient: true });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues.slice(0, 5)));
      assert.deepEqual(result.skipped ?? [], []);
      // Left out, each with a warning: items with no title or summary whose HTML is only images.
      const leftOut = result.warnings
        .filter((w) => w.message.startsWith('is left out'))
        .map((w) => Number(/^items\[(\d+)\]$/.exec(w.path)?.[1]));
      for (const i of leftOut) {
        const item = feed.items[i]!;
        assert.ok(
          !hasHtmlBody(item) && item.title === undefined && item.summary === undefined,
          `items[${i}]`,
        );
      }
      const kept = feed.items.flatMap((item, i) => (leftOut.includes(i) ? [] : [{ item, i }]));
      assert.equal(result.collection.reports.length, kept.length);
      kept.forEach(({ item, i }, k) => {
        if (hasHtmlBody(item))
          assert.ok(result.collection.reports[k]?.body.length, `items[${i}] has no body`);
      });
    });

    it(`${file}: strict validation accepts it; content_html warns only about what it drops`, async () => {
      const result = await parseContent(read(file));
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues.slice(0, 5)));
      for (const warning of result.warnings.filter((w) => w.path.includes('content_html')))
        assert.ok(
          HTML_WARNINGS.some((pattern) => pattern.test(warning.message)),
          `${warning.path}: ${warning.message}`,
        );
    });
  }

  // Feed ids are opaque by the JSON Feed spec. These feeds' ids are file paths and names, hashes,
  // timestamped slugs and database numbers: none may reach a card's header as if it were a label.
  const MACHINE_IDS = [
    'cree-korean.json', // "2023_03_29_첫글.mdx"
    'fboes-blog.json', // "user/posts/2020-02-21-lecker-lecker/index.md"
    'fundedyouth.json', // "the-vault-1779978600000"
    'jsonfeed-org-1.1-example.json', // "2"
    'jsonfeed-org-1.1-microblog.json', // "2347259"
    'strad-hugo.json', // "ce839cf2659198bab26bbefbfbf5011a9b2a9d4e"
    'xoxocomics.json', // 93218
    // Ids that are the last segment of the item's own URL (a slug, as a post's address has it):
    'curtclifton.json', // "which-mac-" for http://www.curtclifton.net/which-mac-
    'racca-sveltekit.json', // "7-reasons-i-love-hetzner", its URL's last segment
    'rosemary-orchard.json', // "roboism-19" for …/elsewhere/roboism-19
  ];
  for (const file of MACHINE_IDS) {
    it(`${file}: no card shows the feed's machine-made ids`, async () => {
      const result = await parseContent(read(file), { lenient: true });
      assert.ok(result.ok);
      assert.ok(result.collection.reports.length > 0);
      const shown = result.collection.reports.map(authoredId).filter((id) => id !== undefined);
      assert.deepEqual(shown, []);
    });
  }

  it('every plain-text field holding a character reference is named in a warning (WordPress and Squarespace write them)', async () => {
    const REFERENCE = /&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp|[lr][sd]quo|[mn]dash|hellip);/i;
    const counts: Record<string, number> = {};
    for (const file of FILES) {
      const items = read(file).items as Record<string, unknown>[];
      const expected = items.flatMap((item, i) =>
        (['title', 'summary', 'content_text'] as const)
          .filter((key) => typeof item[key] === 'string' && REFERENCE.test(item[key]))
          .map((key) => `items[${i}].${key}`),
      );
      const result = await parseContent(read(file), { lenient: true });
      assert.ok(result.ok, file);
      const warned = result.warnings
        .filter((w) => w.message.startsWith('holds HTML character references'))
        .map((w) => w.path);
      assert.deepEqual(warned, expected, file);
      if (expected.length) counts[file] = expected.length;
    }
    assert.deepEqual(counts, { 'pixel-envy.json': 1, 'rosemary-orchard.json': 2 });
  });

  it('an id that is its own URL’s slug does not show; an id written as a label in its URL still does', () => {
    const report = (id: string, url: string) =>
      ({ id, url, title: 'A title', tags: [], body: [], links: [] }) as never;
    assert.equal(authoredId(report('roboism-19', 'https://example.com/elsewhere/roboism-19')), undefined);
    assert.equal(authoredId(report('my-post', 'https://example.com/blog/my-post/')), undefined);
    assert.equal(authoredId(report('my-post', 'https://example.com/blog/my-post/?ref=feed#top')), undefined);
    // Written as labels (capitals), or not the URL's slug: shown.
    assert.equal(authoredId(report('INC-001', 'https://example.com/incidents/INC-001')), 'INC-001');
    assert.equal(
      authoredId(report('dns-outage', 'https://example.com/incidents/2024-dns-outage')),
      'dns-outage',
    );
    assert.equal(authoredId(report('inc-7', 'https://example.com/inc-7/details')), 'inc-7');
  });

  it('ids written as labels still show, however they are numbered; hashes and tag: ids do not', () => {
    const report = (id: string) => ({ id, title: 'A title', tags: [], body: [], links: [] }) as never;
    for (const id of ['INC-001', 'INC-10234', 'PM-7', 'SEV1-2024-0117', 'v1.2', 'dns-outage-2024', 'A1'])
      assert.equal(authoredId(report(id)), id);
    // Machine-made ids that no feed in the corpus happens to use.
    for (const id of [
      'urn:uuid:f47ac10b-58cc-4372-a567-0e02b2c3d479',
      'tag:example.com,2024:post-1',
      '5f3c9a7e2b1d4c6a8e0f1a2b',
    ])
      assert.equal(authoredId(report(id)), undefined, id);
  });

  it('incident-elements validate reads content_html, and names what it drops', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      readFile: (file) => readFile(path.resolve(repoRoot, file), 'utf8'),
      fetchText: () => Promise.reject(new Error('offline')),
    };
    const code = await runCli(['validate', `${DIR}/leancrew-all-this.json`], io);
    assert.equal(code, 0, err.join('\n'));
    const lines = [...out, ...err].join('\n');
    assert.match(lines, /items\[\d+\]\.content_html: <script> is dropped with its content/);
  });
});
