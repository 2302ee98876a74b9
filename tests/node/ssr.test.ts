// Server rendering under @lit-labs/ssr: every element, the samples through `renderToString`, and
// what the markup holds for a reader without JavaScript.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResult, type LitElement } from 'lit';
import { paletteDeclarations } from '../../src/shared/tokens.js';
import { parseCollection, parseContent } from '../../src/data/index.js';
import { RenderError, renderContent, renderToString } from '../../src/ssr/index.js';
import { parsesOk, readJson, SAMPLE_NAMES } from './helpers.js';
import { assertReadable, visibleText } from './ssr-helpers.js';

const sample = (name: string): unknown => readJson(`src/data/samples/${name}.json`);
const incidents = parsesOk(sample('incident-reports')).collection;
const withDiagram = incidents.reports.find((r) => r.diagram)!;
const withBody = incidents.reports.find((r) => r.body.length > 0)!;

const ssr = (template: unknown): Promise<string> => collectResult(render(template));

/** How many times `needle` occurs in `haystack`. */
const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('every element renders under @lit-labs/ssr', () => {
  it('inc-card, with a declarative shadow root holding the report', async () => {
    const markup = await ssr(html`<inc-card .report=${withDiagram}></inc-card>`);
    assert.match(markup, /<inc-card[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(visibleText(markup).includes(withDiagram.title!));
  });

  it('inc-report, with its body', async () => {
    const markup = await ssr(html`<inc-report .report=${withBody}></inc-report>`);
    assert.match(markup, /<inc-report[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(visibleText(markup).includes(withBody.title!));
  });

  it('inc-report-list with an inc-tag-filter, rendering every card', async () => {
    const markup = await ssr(
      html`<inc-report-list .collection=${sample('incident-reports')}
        ><inc-tag-filter slot="filter"></inc-tag-filter
      ></inc-report-list>`,
    );
    assert.equal(count(markup, '<inc-card'), incidents.reports.length);
    assert.match(markup, /<inc-tag-filter\s+slot="filter"><template shadowroot/);
    assertReadable(markup, incidents);
  });

  it('inc-ascii-diagram, with its cells and without the font probes', async () => {
    const markup = await ssr(html`<inc-ascii-diagram .diagram=${withDiagram.diagram}></inc-ascii-diagram>`);
    assert.match(markup, /class="diagram font"/);
    assert.match(markup, /class="r w\d+/, 'cells are in the markup');
    assert.ok(!markup.includes('WM@mWM@m'), 'probe text is not in the server markup');
    assert.ok(!markup.includes('0'.repeat(128)), 'probe text is not in the server markup');
  });

  it('inc-code-block, with its code as text', async () => {
    // The code property (as inc-report sets it): light-DOM text is only read once connected in a page.
    const markup = await ssr(html`<inc-code-block language="sql" .code=${'SELECT 1;'}></inc-code-block>`);
    assert.match(markup, /<inc-code-block[^>]*><template shadowroot/);
    assert.ok(visibleText(markup).includes('SELECT 1;'));
  });
});

describe('renderToString', () => {
  for (const name of SAMPLE_NAMES) {
    it(`renders the ${name} sample as a list a reader without JavaScript can read whole`, async () => {
      const input = sample(name);
      const markup = await renderToString(input);
      const { collection } = parsesOk(input);
      assert.match(
        markup,
        /^(<!--[^>]*-->)*<inc-report-list[^>]*><template shadowroot="open" shadowrootmode="open">/,
      );
      assert.equal(count(markup, '<inc-card'), collection.reports.length);
      assertReadable(markup, collection);
    });
  }

  it('renders every card of a list longer than the browser renders at first or validates at once', async () => {
    // 520: past the first 50 cards the browser renders, and past the 500 it validates in one go.
    const reports = Array.from({ length: 520 }, (_, i) => ({
      id: `R-${i}`,
      title: `Report number ${i}`,
      summary: `Summary ${i}`,
      date: '2026-01-02',
    }));
    const markup = await renderToString({ reports });
    assert.equal(count(markup, '<inc-card'), 520);
    for (const i of [0, 49, 50, 519])
      assert.match(markup, new RegExp(`Report number ${i}\\s*<`), `report ${i}`);
  });

  it('embeds the content as inline JSON that no text can close early', async () => {
    const input = { reports: [{ id: 'X-1', title: 'Ends </script><script>alert(1)</script>' }] };
    const markup = await renderToString(input);
    const scripts = markup.match(/<script type="application\/json">([\s\S]*?)<\/script>/g) ?? [];
    assert.equal(scripts.length, 1);
    const json = scripts[0].replace(/^<script[^>]*>|<\/script>$/g, '');
    assert.deepEqual(JSON.parse(json), input);
    assert.ok(markup.endsWith('</script></inc-report-list>'), markup.slice(-80));
    const bare = await renderToString(input, { embed: false });
    assert.ok(!bare.includes('<script'), 'no inline JSON with embed: false');
  });

  it('embeds a JSON Feed as the collection it validated to, HTML bodies included', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'F',
      items: [{ id: 'a', title: 'T', content_html: '<p>First <em>para</em>.</p><p>Second.</p>' }],
    };
    const markup = await renderToString(feed);
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(markup)?.[1] ?? '';
    const embedded = JSON.parse(json) as { version?: string; reports: { body: unknown[] }[] };
    assert.equal(embedded.version, undefined, 'a collection, not the feed');
    assert.equal(embedded.reports[0]!.body.length, 2, 'the bodies made from content_html');
    const expected = await parseContent(feed);
    assert.ok(expected.ok);
    assert.deepEqual(parseCollection(embedded), { ok: true, collection: expected.collection, warnings: [] });
  });

  it("leaves out Lit's hydration markers unless asked to keep them, and nothing else", async () => {
    const input = sample('incident-reports');
    const kept = await renderToString(input, { hydration: true });
    const markers = /<!--\/?lit-(?:part|node)(?: [^>]*)?-->/g;
    assert.ok(count(kept, '<!--lit-part') > 100, 'markers with hydration: true');
    const markup = await renderToString(input);
    assert.equal(count(markup, '<!--'), 0, 'no comment left');
    assert.equal(markup, kept.replace(markers, ''));
    // A seventh of the list's HTML (seven reports: 44 kB of 318 kB, measured 2026-12-05).
    assert.ok(markup.length < kept.length * 0.9, `${markup.length} B vs ${kept.length} B`);
  });

  it("leaves out of each shadow root's stylesheet the theme rules its host does not use, and nothing else", async () => {
    const markup = await renderToString(sample('incident-reports'), { theme: 'terminal' });
    const sheets = [
      ...markup.matchAll(/<(inc-[a-z-]+)[^>]*>\s*<template [^>]*>\s*<style>([\s\S]*?)<\/style>/g),
    ];
    assert.ok(sheets.length > 10, `${sheets.length} shadow roots`);
    // Each theme's token rule, as every element's stylesheet (base.styles.ts) holds it (from the
    // sources here, so not minified).
    const escape = (text: string) => text.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&');
    const rule = (theme: string, palette: string) =>
      new RegExp(`:host\\(\\[theme='${theme}'\\]\\)\\s*\\{\\s*${escape(palette)}`);
    const rules = [
      rule('light', paletteDeclarations('light')),
      rule('dark', paletteDeclarations('dark')),
      rule('terminal', paletteDeclarations('terminal')),
      /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:host\(\[theme='auto'\]\)\s*\{/,
    ];
    let removed = 0;
    for (const [tag, sheet] of sheets.map(([, t, css]) => [t!, css!] as const)) {
      const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
      const full = styles.map((style) => (style as CSSResult).cssText).join('');
      assert.ok(
        rules.every((r) => r.test(full)),
        `${tag}'s stylesheet has the four theme rules`,
      );
      // The list has theme="terminal"; its cards and diagrams inherit its tokens and have no theme.
      const themed = tag === 'inc-report-list';
      assert.equal(rules[2]!.test(sheet), themed, `${tag}: terminal rule`);
      for (const r of [rules[0]!, rules[1]!, rules[3]!])
        assert.ok(!r.test(sheet), `${tag}: ${r.source.slice(0, 40)}`);
      // Nothing else: what is left is the full stylesheet minus whole rules, in order.
      let at = 0;
      for (const piece of sheet.split(/(?<=\})/).map((p) => p.trim())) {
        const found = full.indexOf(piece, at);
        assert.ok(found >= at, `${tag}: "${piece.slice(0, 60)}" kept from the full sheet`);
        at = found + piece.length;
      }
      removed += full.length - sheet.length;
    }
    // A tenth of the seed list's HTML (196 -> 177 kB, measured 2026-12-05).
    assert.ok(removed > markup.length * 0.08, `${removed} of ${markup.length + removed} B`);
  });

  it('renders a card or a full report chosen by report-id, with theme and variant', async () => {
    const input = sample('incident-reports');
    const card = await renderToString(input, {
      element: 'card',
      reportId: withDiagram.id,
      theme: 'dark',
      variant: 'row',
    });
    assert.match(card, /^(<!--[^>]*-->)*<inc-card [^>]*report-id="[^"]+"/);
    assert.match(card, /<inc-card [^>]*theme="dark"/);
    assert.match(card, /<inc-card [^>]*variant="row"/);
    assert.ok(visibleText(card).includes(withDiagram.title!));
    const other = incidents.reports.find((r) => r !== withDiagram)!;
    assert.ok(!visibleText(card).includes(other.title!), 'only the chosen report');
    const report = await renderToString(input, { element: 'report', reportId: withBody.id });
    assert.match(report, /^(<!--[^>]*-->)*<inc-report /);
    assert.ok(visibleText(report).includes(withBody.title!));
  });

  it('renders a list laid out like its page: heading, sort, meta, link label and grouping', async () => {
    const input = sample('incident-reports');
    const markup = await renderToString(input, {
      heading: '$ ls /var/reports — {count} entries',
      sort: 'id',
      groupBy: 'none',
      meta: 'id slug status',
      linkLabel: 'read the report',
    });
    // On the host, so the element reads the same layout when it takes over in the browser.
    const host = /<inc-report-list\s[^>]*>/.exec(markup)![0];
    assert.match(host, /heading="\$ ls \/var\/reports — \{count\} entries"/);
    assert.match(host, /sort="id"/);
    assert.match(host, /group-by="none"/);
    assert.match(host, /meta="id slug status"/);
    assert.match(host, /link-label="read the report"/);
    // And in the server markup, which is what a reader without JavaScript sees.
    const text = visibleText(markup);
    assert.ok(text.includes(`$ ls /var/reports — ${incidents.reports.length} entries`), text.slice(0, 200));
    assert.ok(text.includes('read the report'));
    assert.ok(text.includes('zero-downtime-migration'), 'the slug, from meta');
    await assert.rejects(renderToString(input, { sort: 'random' as never }), /sort must be one of/);
    await assert.rejects(renderToString(input, { groupBy: 'day' as never }), /groupBy must be one of/);
  });

  it('renders the only report of a one-report source without report-id', async () => {
    const markup = await renderToString(
      { reports: [{ id: 'ONE', title: 'The only one' }] },
      { element: 'card' },
    );
    assert.ok(visibleText(markup).includes('The only one'));
  });

  it('never picks the first report for a card when several could be meant', async () => {
    const input = sample('incident-reports');
    await assert.rejects(renderToString(input, { element: 'card' }), (error: unknown) => {
      assert.ok(error instanceof RenderError);
      assert.match(error.message, /report-id/);
      return true;
    });
    await assert.rejects(renderToString(input, { element: 'report', reportId: 'NOPE' }), /NOPE.*report-id/);
  });

  it('rejects invalid content with every problem and its JSON path, never markup', async () => {
    const result = await renderContent({ reports: [{ title: 'A', url: 'javascript:alert(1)' }] });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.issues.some((issue) => issue.path === 'reports[0].url'));
    await assert.rejects(renderToString({ reports: 'nope' }), (error: unknown) => {
      assert.ok(error instanceof RenderError);
      assert.ok(error.issues.some((issue) => issue.path === 'reports'));
      return true;
    });
  });

  it('rejects unknown options by name', async () => {
    const input = sample('incident-reports');
    await assert.rejects(renderToString(input, { element: 'grid' as never }), /element must be one of/);
    await assert.rejects(renderToString(input, { theme: 'neon' as never }), /theme must be one of/);
    await assert.rejects(renderToString(input, { variant: 'tile' as never }), /variant must be one of/);
  });
});
