// Hostile content (issue 8): injection strings in every text field of the content format, rendered
// through inc-report-list (with inc-tag-filter, sync-url off), inc-card and inc-report, in both
// browsers. For every payload and every placement: no script runs (a page-level canary), no active
// element or event-handler attribute appears anywhere in the rendered DOM (every shadow root walked),
// every link is http(s) or relative, shown text is literal, nothing throws, and content the parser
// rejects shows the error state with an `inc-error` event. Then property-based: arbitrary valid,
// invalid and mutated collections never throw, never leave the list blank, and every rejection fires
// `inc-error`.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import fc from 'fast-check';
import '../../src/define.js';
import { parseCollection, STATUSES, type Report } from '../../src/data/index.js';

// ---------------------------------------------------------------------------------------------
// Canary and error capture

const canaryCalls: unknown[][] = [];
const w = window as unknown as Record<string, unknown>;
w.__incCanary = (...args: unknown[]) => {
  canaryCalls.push(args);
};

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  uncaught.push(`unhandledrejection: ${String(event.reason)}`);

let host: HTMLDivElement;
beforeEach(() => {
  canaryCalls.length = 0;
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(nothing, host);
  host.remove();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

// ---------------------------------------------------------------------------------------------
// The corpus

const CALL = '__incCanary(1)';
const TOP = 'top.__incCanary(1)';

/** [name, payload]. Every payload that could execute calls the canary. */
const PAYLOADS: [string, string][] = [
  ['script tag', `<script>${CALL}</script>`],
  ['script src data', `<script src="data:text/javascript,${CALL}"></script>`],
  ['img onerror', `<img src=x onerror=${CALL}>`],
  ['img onerror top', `<img src=x onerror="${TOP}">`],
  ['svg onload', `<svg onload=${CALL}><script>${CALL}</script></svg>`],
  ['svg xlink href', `<svg><a xlink:href="javascript:${CALL}"><text>x</text></a></svg>`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.${CALL}</script>"></iframe>`],
  ['iframe javascript', `<iframe src="javascript:${TOP}"></iframe>`],
  ['object and embed', `<object data="javascript:${CALL}"></object><embed src="javascript:${CALL}">`],
  ['javascript url', `javascript:${CALL}`],
  ['javascript url with tab', `java\tscript:${CALL}`],
  ['javascript url, space and case', ` JaVaScRiPt:${TOP}`],
  ['javascript url, newline and NUL', `\u0000java\nscript:${CALL}`],
  ['data url', `data:text/html,<script>${CALL}</script>`],
  ['vbscript url', 'vbscript:msgbox(1)'],
  ['template literal', '${__incCanary(1)}'],
  ['mustache', `{{constructor.constructor('${CALL}')()}}`],
  ['erb', `<%= ${CALL} %>`],
  ['broken double quote', `"><img src=x onerror=${CALL}>`],
  ['broken single quote', `'><svg onload=${CALL}>`],
  ['attribute breakout', `" onmouseover="${CALL}" autofocus onfocus="${CALL}" x="`],
  ['end style', `</style><img src=x onerror=${CALL}>`],
  ['end script', `</script><script>${CALL}</script>`],
  ['comment', `<!--<img src=x onerror=${CALL}>-->`],
  ['cdata', `<![CDATA[<script>${CALL}</script>]]>`],
  ['bidi override', '\u202Egnp.exe\u202C evil \u2066rtl\u2069 \u200F'],
  ['zero width', 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf'],
  ['10,000-character word', 'W'.repeat(10000)],
  ['control characters', 'a\u0000b\u0001c\u0007d\u0008e\u001Bf\u007Fg\u0085h\u2028i\u2029j'],
  ['lone surrogates', '\uD800x\uDFFFy'],
  ['lit markers', 'lit$123$ <?lit$123$> <!--?lit$456$--> lit$$ $lit$'],
  ['html entities', `&lt;script&gt;${CALL}&lt;/script&gt; &amp;lt; &#x3C;img src=x onerror=${CALL}&#x3E;`],
  ['markdown javascript link', `[x](javascript:${CALL})`],
  ['markdown tab scheme link', `[x](java\tscript:${CALL})`],
  ['markdown data link', `[x](data:text/html,<script>${CALL}</script>)`],
  [
    'markdown nested brackets',
    `[[x](javascript:${CALL})](https://example.com) [a[b]](javascript:${CALL}) [**x**](javascript:${CALL})`,
  ],
  ['markdown escapes', `\\[x\\](javascript:${CALL}) [x](\\javascript:${CALL})`],
  ['markdown entity scheme', `[x](javascript&#58;${CALL}) [y](&#106;avascript:${CALL})`],
  [
    'markup in markdown',
    `[<img src=x onerror=${CALL}>](https://example.com) **<script>${CALL}</script>** \`<svg onload=${CALL}>\``,
  ],
  ['prototype key', '__proto__'],
  ['constructor key', 'constructor'],
];

/** Benign values for the fields a variant does not attack. */
const SAFE = {
  plain: 'Plain text',
  inline: 'Some *inline* text.',
  url: 'https://example.com/r',
  kebab: 'ops',
};

interface Fill {
  plain: string;
  inline: string;
  url: string;
  kebab: string;
}

/** A collection using every field of the content format, each text field filled from `fill`. */
function fullCollection(fill: Fill) {
  const { plain: p, inline: i, url: u, kebab: k } = fill;
  return {
    title: p,
    description: i,
    groups: [{ id: k, title: p, description: i }],
    reports: [
      {
        id: p,
        title: p,
        summary: i,
        slug: k,
        status: 'RESOLVED',
        severity: p,
        tags: [p, `${p} 2`],
        category: p,
        groups: [k],
        date: '2026-05-10',
        readingMinutes: 4,
        authors: [{ name: p, url: u }, { name: p }],
        url: u,
        diagram: { ascii: [p, p], label: p, caption: p },
        outcomes: [{ label: p, value: p }],
        impact: i,
        timeline: [
          { at: p, text: i },
          { at: '2026-05-10T14:30:00Z', text: i },
        ],
        actionItems: [{ text: p, owner: p, url: u, done: true }, { text: p }],
        body: [
          { type: 'paragraph', text: i },
          { type: 'heading', text: p, level: 3 },
          { type: 'list', items: [i, i], ordered: true },
          { type: 'list', items: [i] },
          { type: 'code', code: p, lang: p, caption: p },
          { type: 'code', code: p, lang: 'js' },
          { type: 'diagram', ascii: p, label: p, caption: p },
          { type: 'quote', text: i, cite: p },
          { type: 'callout', tone: 'danger', text: i },
        ],
      },
      // Title-less (summary is the heading), a string diagram, in the group, body and no url (opens in place).
      { id: 'second-report', summary: i, diagram: p, groups: [k], body: [{ type: 'paragraph', text: i }] },
    ],
  };
}

/** Where each variant puts the payload. */
const VARIANTS: Record<string, (payload: string) => Fill> = {
  'every text field': (x) => ({ ...SAFE, plain: x, inline: x }),
  'plain-text fields only': (x) => ({ ...SAFE, plain: x }),
  'urls and link targets': (x) => ({ ...SAFE, url: x, inline: `see [${x}](${x}) and [label](${x})` }),
  'slug and group ids': (x) => ({ ...SAFE, kebab: x }),
};

// ---------------------------------------------------------------------------------------------
// DOM helpers

/** Every element under `root`, through every shadow root and template. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
    if (el instanceof HTMLTemplateElement) found.push(...allElements(el.content));
  }
  return found;
}

/** Waits until no custom element under `root` has an update pending, for a few frames in a row. */
async function settle(root: ParentNode, quietFrames = 2): Promise<void> {
  let quiet = 0;
  for (let round = 0; round < 40 && quiet < quietFrames; round++) {
    const pending: Promise<unknown>[] = [];
    let busy = false;
    for (const el of allElements(root)) {
      const lit = el as Partial<{ updateComplete: Promise<unknown>; isUpdatePending: boolean }>;
      if (lit.isUpdatePending) busy = true;
      if (lit.updateComplete) pending.push(lit.updateComplete);
    }
    await Promise.all(pending);
    await nextFrame();
    quiet = busy ? 0 : quiet + 1;
  }
}

const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'img',
  'svg',
  'object',
  'embed',
  'applet',
  'base',
  'math',
]);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background'];

/** The security invariants of the rendered DOM; returns every violation found (empty when safe). */
function violations(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of allElements(root)) {
    const name = el.localName;
    if (FORBIDDEN.has(name)) found.push(`<${name}> element`);
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on')) found.push(`<${name} ${attr.name}=…> handler attribute`);
      if (URL_ATTRIBUTES.includes(attr.name.toLowerCase())) {
        let protocol: string;
        try {
          protocol = new URL(attr.value, location.href).protocol;
        } catch {
          protocol = '(unparsable)';
        }
        if (protocol !== 'http:' && protocol !== 'https:') {
          found.push(`<${name} ${attr.name}="${attr.value.slice(0, 80)}"> resolves to ${protocol}`);
        }
      }
    }
  }
  return found;
}

function shadowText(el: Element | null | undefined, selector: string): string {
  return el?.shadowRoot?.querySelector(selector)?.textContent ?? '';
}

const hasInlineMarkup = (text: string) => /[`*[\]\\]/.test(text);

// ---------------------------------------------------------------------------------------------
// Rendering one collection through all three views

interface Rendered {
  list: HTMLElement & { collection?: unknown };
  errors: CustomEvent[];
  ok: boolean;
  reports: Report[];
}

async function renderEverywhere(input: unknown): Promise<Rendered> {
  const result = parseCollection(input);
  const reports = result.ok ? result.collection.reports : [];
  const errors: CustomEvent[] = [];
  let highlights = 0;
  host.addEventListener('inc-highlight', () => highlights++);
  render(
    html`<inc-report-list
        .collection=${input}
        @inc-error=${(e: CustomEvent) => {
          if (e.target === e.currentTarget) errors.push(e);
        }}
        ><inc-tag-filter slot="filter"></inc-tag-filter
      ></inc-report-list>
      ${reports.map(
        (report) => html`<inc-card .report=${report}></inc-card> <inc-report .report=${report}></inc-report>`,
      )}`,
    host,
  );
  await settle(host);
  // Open every in-place report, so the card's nested inc-report is rendered too.
  let opened = 0;
  for (const el of allElements(host)) {
    if (el.matches('[part~="open-button"]') && el.getAttribute('aria-expanded') === 'false') {
      (el as HTMLButtonElement).click();
      opened++;
    }
  }
  if (opened) await settle(host);
  // Highlighted code: tokens come back asynchronously from lazily loaded Shiki.
  const jsBlocks = allElements(host).filter(
    (el) => el.localName === 'inc-code-block' && (el as unknown as { language: string }).language === 'js',
  ).length;
  if (jsBlocks) {
    await waitUntil(() => highlights >= jsBlocks, `${jsBlocks} code blocks highlighted`, { timeout: 8000 });
    await settle(host);
  }
  // Give asynchronous handlers (an img's onerror, an iframe's load) a chance to fire before checking.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const list = host.querySelector('inc-report-list') as Rendered['list'];
  return { list, errors, ok: result.ok, reports };
}

function expectSafe(label: string): void {
  expect(canaryCalls, `${label}: canary called`).to.deep.equal([]);
  expect(violations(host), `${label}: DOM violations`).to.deep.equal([]);
  expect(uncaught, `${label}: uncaught errors`).to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------
// Tests

describe('hostile content', function () {
  this.timeout(20000);

  it('the canary and the DOM checks do detect an injection (control)', async () => {
    const probe = document.createElement('div');
    host.append(probe);
    probe.innerHTML = `<img src="data:," onerror="${CALL}"><a href="javascript:void 0">x</a>`;
    await waitUntil(() => canaryCalls.length > 0, 'the canary records an executed handler', {
      timeout: 3000,
    });
    expect(violations(host)).to.have.length(4); // <img>, its onerror, its data: src, the javascript: href
    probe.remove();
  });

  for (const [name, payload] of PAYLOADS) {
    describe(`payload: ${name}`, () => {
      const everyFieldAccepted = parseCollection(fullCollection(VARIANTS['every text field']!(payload))).ok;
      for (const [variant, fill] of Object.entries(VARIANTS)) {
        // Plain fields alone matter only when the inline fields got the whole collection rejected.
        if (variant === 'plain-text fields only' && everyFieldAccepted) continue;
        it(variant, async () => {
          const input = fullCollection(fill(payload));
          const { list, errors, ok, reports } = await renderEverywhere(input);
          expectSafe(`${name} / ${variant}`);
          const root = list.shadowRoot!;
          if (!ok) {
            expect(root.querySelector('[part~="error"]'), 'rejected content shows the error state').to.exist;
            expect(errors, 'one inc-error').to.have.length(1);
            expect(errors[0]!.detail.reason).to.equal('content');
            expect(errors[0]!.detail.issues.length).to.be.greaterThan(0);
            return;
          }
          expect(errors, 'no inc-error for accepted content').to.have.length(0);
          expect(root.querySelectorAll('inc-card').length, 'a card per report').to.equal(reports.length);
          const shown = payload.trim();
          if (variant !== 'urls and link targets' && variant !== 'slug and group ids') {
            // The title is plain text in every variant that attacks it: shown literally, everywhere.
            const card = host.querySelector(':scope > inc-card');
            const report = host.querySelector(':scope > inc-report');
            expect(shadowText(card, '[part~="title"]'), 'card title').to.contain(shown);
            expect(shadowText(report, '[part~="title"]'), 'report title').to.contain(shown);
            const listCard = root.querySelector('inc-card');
            expect(shadowText(listCard, '[part~="title"]'), 'list card title').to.contain(shown);
            expect(shadowText(list, '[part~="title"]'), 'collection title').to.contain(shown);
            if (variant === 'every text field' && !hasInlineMarkup(shown)) {
              expect(shadowText(card, '[part~="summary"]'), 'card summary').to.contain(shown);
              expect(shadowText(report, '[part~="summary"]'), 'report summary').to.contain(shown);
            }
          }
        });
      }
    });
  }

  it('rejects values a JSON file cannot hold, with the error state and no exception', async () => {
    const cyclic: Record<string, unknown> = { reports: [] };
    (cyclic.reports as unknown[]).push({ title: 'loop', self: cyclic });
    const throwing = {
      get reports(): unknown {
        throw new Error('getter');
      },
    };
    const proxy = new Proxy(
      { reports: [{ title: 'x' }] },
      {
        ownKeys() {
          throw new Error('ownKeys trap');
        },
      },
    );
    const inputs: unknown[] = [
      cyclic,
      throwing,
      proxy,
      { reports: [{ title: Symbol('s') }] },
      { reports: [{ title: 10n }] },
      { reports: [{ title: 'x', toJSON: () => CALL }] },
      Object.create({ reports: [{ title: 'inherited' }] }),
      { reports: new Array(3) },
      'not a collection',
      42,
      [],
    ];
    for (const input of inputs) {
      const expected = parseCollection(input).ok;
      const { list, errors } = await renderEverywhere(input);
      expectSafe(String(typeof input));
      const root = list.shadowRoot!;
      expect(root.querySelector('inc-card, [part~="empty"], [part~="error"]'), 'not blank').to.exist;
      expect(errors.length, 'inc-error matches parseCollection').to.equal(expected ? 0 : 1);
      render(nothing, host);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based

const payloadArb = fc.constantFrom(...PAYLOADS.map(([, payload]) => payload));
const anyText = fc.oneof(
  { weight: 2, arbitrary: payloadArb },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
);
/** Text the format accepts (not blank); payloads may still carry unsafe links, which the parser rejects. */
const text = anyText.map((s) => (/\S/.test(s) ? s : `${s}x`));
const kebab = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const url = fc.oneof(
  fc.constantFrom('https://example.com/a', '/relative/path', '#frag', '?q=1', 'http://x.test', 'page.html'),
  fc.webUrl(),
  payloadArb,
);
const diagram = fc.oneof(
  text,
  fc.array(text, { minLength: 1, maxLength: 3 }),
  fc.record({ ascii: text, label: text, caption: text }, { requiredKeys: ['ascii'] }),
);
const block = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph', 'PARAGRAPH'), text }),
  fc.record(
    { type: fc.constant('heading'), text, level: fc.constantFrom(2, 3, 4) },
    { requiredKeys: ['type', 'text'] },
  ),
  fc.record(
    { type: fc.constant('list'), items: fc.array(text, { maxLength: 3 }), ordered: fc.boolean() },
    { requiredKeys: ['type', 'items'] },
  ),
  fc.record(
    {
      type: fc.constant('code'),
      code: text,
      lang: fc.oneof(text, fc.constantFrom('sql', 'go')),
      caption: text,
    },
    { requiredKeys: ['type', 'code'] },
  ),
  fc.record(
    { type: fc.constant('diagram'), ascii: text, label: text, caption: text },
    { requiredKeys: ['type', 'ascii'] },
  ),
  fc.record({ type: fc.constant('quote'), text, cite: text }, { requiredKeys: ['type', 'text'] }),
  fc.record({ type: fc.constant('callout'), tone: fc.constantFrom('info', 'warning', 'DANGER'), text }),
);
const report = fc.record(
  {
    id: text,
    title: text,
    summary: text,
    slug: kebab,
    status: fc.constantFrom(...STATUSES, 'Resolved'),
    severity: text,
    tags: fc.array(text, { maxLength: 4 }),
    category: text,
    date: fc.constantFrom('2026-05-10', '2025-01-02T03:04:05Z', '2024-02-29'),
    readingMinutes: fc.integer({ min: 1, max: 60 }),
    authors: fc.array(fc.record({ name: text, url }, { requiredKeys: ['name'] }), { maxLength: 2 }),
    url,
    diagram,
    outcomes: fc.array(fc.record({ label: text, value: text }), { maxLength: 2 }),
    impact: text,
    timeline: fc.array(fc.record({ at: text, text }), { maxLength: 2 }),
    actionItems: fc.array(
      fc.record({ text, done: fc.boolean(), owner: text, url }, { requiredKeys: ['text'] }),
      { maxLength: 2 },
    ),
    body: fc.array(block, { maxLength: 4 }),
  },
  { requiredKeys: ['title'] },
);
const group = fc.record({ id: kebab, title: text, description: text }, { requiredKeys: ['id', 'title'] });
const validCollection = fc
  .record(
    {
      title: text,
      description: text,
      groups: fc.uniqueArray(group, { selector: (g) => g.id, maxLength: 2 }),
      reports: fc.uniqueArray(report, { selector: (r) => r.id ?? r.slug ?? r.title, maxLength: 3 }),
    },
    { requiredKeys: ['reports'] },
  )
  .map((c) => {
    // Group references only to declared groups, so that valid collections stay mostly valid.
    const ids = (c.groups ?? []).map((g) => g.id);
    c.reports.forEach((r, i) => {
      if (ids.length) (r as { groups?: string[] }).groups = [ids[i % ids.length]!];
    });
    return c;
  });
const wild = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Every container (object or array) in `value`, with its keys, for mutation. */
function slots(value: unknown, out: [Record<string, unknown>, string][] = []) {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}
/** A valid collection with one value anywhere in it replaced by anything. */
const mutated = fc.tuple(validCollection, wild, fc.nat()).map(([c, replacement, n]) => {
  const all = slots(c);
  if (all.length) {
    const [container, key] = all[n % all.length]!;
    container[key] = replacement;
  }
  return c;
});
const anyInput = fc.oneof(
  { weight: 3, arbitrary: validCollection },
  { weight: 1, arbitrary: fc.array(report, { maxLength: 3 }) },
  { weight: 3, arbitrary: mutated },
  { weight: 2, arbitrary: wild },
);

describe('hostile content: property-based', function () {
  this.timeout(60000);

  it('any input renders cards, the empty state or the error state; never throws; inc-error for every rejection', async () => {
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        canaryCalls.length = 0;
        uncaught.length = 0;
        const expected = parseCollection(input);
        const list = document.createElement('inc-report-list') as Rendered['list'];
        const errors: CustomEvent[] = [];
        list.addEventListener('inc-error', (e) => errors.push(e as CustomEvent));
        list.collection = input;
        const filter = document.createElement('inc-tag-filter');
        filter.slot = 'filter';
        list.append(filter);
        host.append(list);
        try {
          await settle(host, 1);
          expect(canaryCalls, 'canary').to.deep.equal([]);
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          expect(violations(host), 'DOM violations').to.deep.equal([]);
          if (input === null || input === undefined) {
            // No source at all: the list is idle by design (nothing to show, nothing to report).
            expect(errors).to.have.length(0);
            return;
          }
          const root = list.shadowRoot!;
          expect(root.querySelector('inc-card, [part~="empty"], [part~="error"]'), 'never blank').to.exist;
          if (expected.ok) {
            accepted++;
            expect(errors, 'no inc-error for valid content').to.have.length(0);
            const cards = root.querySelectorAll('inc-card').length;
            expect(cards > 0 || expected.collection.reports.length === 0, 'cards for reports').to.equal(true);
          } else {
            rejected++;
            expect(errors, 'one inc-error per rejection').to.have.length(1);
            expect(root.querySelector('[part~="error"]'), 'error state').to.exist;
          }
        } finally {
          list.remove();
        }
      }),
      { numRuns: 60 },
    );
    expect(accepted, 'some generated collections are valid').to.be.greaterThan(0);
    expect(rejected, 'some generated inputs are rejected').to.be.greaterThan(0);
  });

  it('every accepted report renders safely as a card and as a full report, title shown literally', async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(validCollection, fc.array(report, { minLength: 1, maxLength: 2 })),
        async (input) => {
          const result = parseCollection(input);
          if (!result.ok) return; // rejections are covered above
          canaryCalls.length = 0;
          uncaught.length = 0;
          render(
            html`${result.collection.reports.map(
              (r) => html`<inc-card .report=${r}></inc-card><inc-report .report=${r}></inc-report>`,
            )}`,
            host,
          );
          await settle(host, 1);
          await new Promise((resolve) => setTimeout(resolve, 0));
          expect(canaryCalls, 'canary').to.deep.equal([]);
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          expect(violations(host), 'DOM violations').to.deep.equal([]);
          result.collection.reports.forEach((r, i) => {
            const reportEl = host.querySelectorAll('inc-report')[i];
            const heading = r.title ?? r.summary ?? r.id;
            if (r.title || !hasInlineMarkup(heading)) {
              expect(shadowText(reportEl, '[part~="title"]'), 'report title').to.contain(heading);
            }
            if (r.title) {
              const card = host.querySelectorAll('inc-card')[i];
              expect(shadowText(card, '[part~="title"]'), 'card title').to.contain(r.title);
            }
          });
          rendered++;
          render(nothing, host);
        },
      ),
      { numRuns: 40 },
    );
    expect(rendered, 'some reports were rendered').to.be.greaterThan(0);
  });
});
