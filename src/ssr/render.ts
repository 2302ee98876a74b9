/**
 * Server rendering: an element's HTML with its shadow root as Declarative Shadow DOM, content
 * included, so a page reads fully before (or without) JavaScript. Node only; uses `@lit-labs/ssr`.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { isJsonFeed } from '../data/feed-version.js';
import { parseContent, type Collection, type ContentIssue, type Report } from '../data/index.js';
import { THEMES, type Theme } from '../shared/themes.js';
import { CARD_VARIANTS, type CardVariant } from '../components/card/card.js';
import { GROUP_BY, SORT_ORDERS, type GroupBy, type SortOrder } from '../components/report-list/arrange.js';
// Registers the elements in Lit's server-side registry, which the renderer looks tags up in.
import '../define.js';

/** The elements `renderToString` can render: the whole collection, one card, one full report. */
export const RENDER_ELEMENTS = ['list', 'card', 'report'] as const;
export type RenderElement = (typeof RENDER_ELEMENTS)[number];

const TAGS = { list: 'inc-report-list', card: 'inc-card', report: 'inc-report' } as const;

export interface RenderOptions {
  /** `list` (default, `<inc-report-list>`), `card` (`<inc-card>`) or `report` (`<inc-report>`). */
  element?: RenderElement;
  /** The report a card or report shows; required when the content holds more than one report. */
  reportId?: string;
  /** The `theme` attribute: `light`, `dark`, `terminal` or `auto`. */
  theme?: Theme;
  /** The card layout (`card` or `row`), for a list or a card. */
  variant?: CardVariant;
  /** The list's `heading` attribute (`{count}` is the number of reports; `''` shows no count line). */
  heading?: string;
  /** The list's `sort` attribute. */
  sort?: SortOrder;
  /** The list's `group-by` attribute. */
  groupBy?: GroupBy;
  /** The list's `meta` attribute: what each card's meta line shows (e.g. `id slug status`). */
  meta?: string;
  /** The list's `link-label` attribute: the text of each report's link. */
  linkLabel?: string;
  /**
   * Whether to put the content in the element as inline JSON (default `true`), so the element can
   * take over in the browser once the script loads. Without it the markup is static.
   */
  embed?: boolean;
  /**
   * Keep Lit's hydration markers (default `false`), for a page that loads Lit's hydration support
   * (`@lit-labs/ssr-client`) to take the markup over as it is. The elements' own script replaces
   * prerendered markup instead, so by default the markers (a fifth of the HTML) are left out.
   */
  hydration?: boolean;
}

/** The outcome of `renderContent`: the HTML, or every problem with its JSON path. */
export type RenderResult =
  | { ok: true; html: string; warnings: ContentIssue[]; reports: number }
  | { ok: false; issues: ContentIssue[]; usage: boolean };

/** Thrown by `renderToString` for invalid content or options; `issues` carry the JSON paths. */
export class RenderError extends Error {
  /** Every problem found, each with its JSON path (`''` for the options or the whole input). */
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    super(issues.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join('\n'));
    this.name = 'RenderError';
    this.issues = issues;
  }
}

const usage = (message: string): RenderResult => ({
  ok: false,
  usage: true,
  issues: [{ path: '', message }],
});

/** A bad option, or `undefined` when they are all usable. */
function checkOptions(options: RenderOptions): string | undefined {
  const { element = 'list', theme, variant, sort, groupBy } = options;
  if (!RENDER_ELEMENTS.includes(element))
    return `element must be one of ${RENDER_ELEMENTS.join(', ')}, not "${element}"`;
  if (theme !== undefined && !THEMES.includes(theme))
    return `theme must be one of ${THEMES.join(', ')}, not "${theme}"`;
  if (variant !== undefined && !CARD_VARIANTS.includes(variant)) {
    return `variant must be one of ${CARD_VARIANTS.join(', ')}, not "${variant}"`;
  }
  if (sort !== undefined && !SORT_ORDERS.includes(sort))
    return `sort must be one of ${SORT_ORDERS.join(', ')}, not "${sort}"`;
  if (groupBy !== undefined && !GROUP_BY.includes(groupBy))
    return `groupBy must be one of ${GROUP_BY.join(', ')}, not "${groupBy}"`;
  return undefined;
}

/** The report a card or report shows: the one with `reportId`, else the only one. Never a guess. */
function pickReport(collection: Collection, reportId: string | undefined): Report | string {
  const { reports } = collection;
  if (reportId !== undefined) {
    return (
      reports.find((r) => r.id === reportId) ?? `no report with id "${reportId}" (report-id) in the content`
    );
  }
  if (reports.length === 1) return reports[0]!;
  return `the content holds ${reports.length} reports: give report-id to choose one`;
}

/**
 * Lit's hydration markers: `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node N-->`. Content
 * can't hold one: text and attributes are escaped (`<` is `&lt;`) and the inline JSON has no `<`.
 */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)(?: [^>]*)?-->/g;

/**
 * An element's start tag and the stylesheet that opens its declarative shadow root. Attribute
 * values are escaped (`>` is `&gt;`), so the tag ends at the first `>`.
 */
const SHADOW_STYLE =
  /(<inc-[a-z-]+)\s+([^>]*>\s*<template [^>]*shadowrootmode="open"[^>]*>\s*<style>)([\s\S]*?)<\/style>/g;

/**
 * The token rule of each theme in an element's stylesheet (`base.styles.ts`), minified or not:
 * `:host([theme='dark']){…}`, and `auto`'s inside its colour-scheme query. Declarations only, so
 * no `{` or `}` inside; a rule with more selector (`:host([theme='terminal']) .count`) is not one.
 */
const THEME_RULE =
  /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:host\(\[theme='(auto)'\]\)\s*\{[^{}]*\}\s*\}|:host\(\[theme='([a-z]+)'\]\)\s*\{[^{}]*\}/g;

/**
 * Leaves out, from each shadow root's stylesheet, the token rules of themes its host does not have
 * (`:host([theme=…])` matches only a host with that attribute, which cannot change before the script
 * runs; live, the element adopts its full stylesheet). On the seed list that is a tenth of the HTML,
 * most of it before the first card's text. Also drops the blank lines unset attributes leave in a
 * start tag.
 */
function trimShadowStyles(markup: string): string {
  return markup.replace(SHADOW_STYLE, (_, tag: string, rest: string, sheet: string) => {
    const theme = /(?:^|\s)theme="([a-z]+)"/.exec(rest)?.[1];
    const trimmed = sheet.replace(THEME_RULE, (rule, auto?: string, name?: string) =>
      (auto ?? name) === theme ? rule : '',
    );
    return `${tag} ${rest}${trimmed}</style>`;
  });
}

/** JSON for a `<script type="application/json">`: no `<`, so no `</script>` can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Validates `input` (a collection, a bare array of reports or a JSON Feed, as `JSON.parse` gives
 * it) like `incident-elements validate`, and renders the chosen element. Never throws for bad input.
 */
export async function renderContent(input: unknown, options: RenderOptions = {}): Promise<RenderResult> {
  const bad = checkOptions(options);
  if (bad) return usage(bad);
  // With the HTML of a feed's `content_html` turned into bodies, as the elements in the browser do.
  const parsed = await parseContent(input);
  if (!parsed.ok) return { ok: false, usage: false, issues: parsed.issues };
  const { collection, warnings } = parsed;
  // A feed is given to the elements (and embedded in the page) as validated here, in the content
  // format: the browser shows exactly what the server rendered (bodies from `content_html`
  // included), without loading the feed reader or the HTML parser. Other content stays as written.
  const content = isJsonFeed(input) ? collection : input;
  const element = options.element ?? 'list';
  const theme = options.theme ?? nothing;
  const variant = options.variant ?? nothing;
  let template: TemplateResult;
  if (element === 'list') {
    template = html`<inc-report-list
      .collection=${content}
      theme=${theme}
      variant=${variant}
      heading=${options.heading ?? nothing}
      sort=${options.sort ?? nothing}
      group-by=${options.groupBy ?? nothing}
      meta=${options.meta ?? nothing}
      link-label=${options.linkLabel ?? nothing}
    ></inc-report-list>`;
  } else {
    const report = pickReport(collection, options.reportId);
    if (typeof report === 'string') return usage(report);
    const id = options.reportId ?? nothing;
    template =
      element === 'card'
        ? html`<inc-card .report=${report} report-id=${id} theme=${theme} variant=${variant}></inc-card>`
        : html`<inc-report .report=${report} report-id=${id} theme=${theme}></inc-report>`;
  }
  let markup = await collectResult(render(template));
  if (!options.hydration) markup = markup.replace(LIT_MARKERS, '');
  markup = trimShadowStyles(markup);
  if (options.embed !== false) {
    // Inline JSON is what the element reads once it is defined in the browser; the server markup
    // stays until then (and for good when the script never comes).
    const close = `</${TAGS[element]}>`;
    const at = markup.lastIndexOf(close);
    const script = `<script type="application/json">${scriptJson(content)}</script>`;
    markup = `${markup.slice(0, at)}${script}${markup.slice(at)}`;
  }
  return { ok: true, html: markup, warnings, reports: collection.reports.length };
}

/**
 * The element's HTML with Declarative Shadow DOM (`<template shadowrootmode="open">`), every
 * title, summary, tag, date and link in it. Throws a `RenderError` (with JSON paths) for invalid
 * content or options.
 */
export async function renderToString(input: unknown, options: RenderOptions = {}): Promise<string> {
  const result = await renderContent(input, options);
  if (!result.ok) throw new RenderError(result.issues);
  return result.html;
}
