// Shared by the layout tests (issue 13): builds every collection as a tag filter plus a list once
// per host stylesheet, then re-lays it out by flipping variant, theme and direction, and runs the
// geometric checks on each layout.
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { IncReportList } from '../../../src/components/report-list/report-list.js';
import type { IncCard } from '../../../src/components/card/card.js';
import { checkLayout, deepQueryAll, summarize } from './layout-checks.js';
import { longContentCollection } from './long-content.js';

const SAMPLES = ['incident-reports', 'dated-notes', 'all-posts'] as const;

/** A host page's stylesheet: a real project's file (tests/fixtures/real-world/SOURCES.md) or a rule. */
export interface HostSheet {
  name: string;
  href?: string;
  css?: string;
}

/** One layout to check: card variant, theme and direction. */
export interface Combo {
  variant: 'card' | 'row';
  theme: string;
  dir: 'ltr' | 'rtl';
}

let collections: Record<string, unknown> | undefined;

/** The bundled samples plus the long-content collection. */
export async function loadCollections(): Promise<Record<string, unknown>> {
  if (!collections) {
    const loaded: Record<string, unknown> = {};
    for (const name of SAMPLES) loaded[name] = await (await fetch(`/src/data/samples/${name}.json`)).json();
    loaded['long-content'] = longContentCollection();
    collections = loaded;
  }
  return collections;
}

/** Puts a host stylesheet in the page's head; resolves once it applies. */
export async function addSheet(sheet: HostSheet): Promise<HTMLElement | null> {
  if (sheet.href) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = sheet.href;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new Error(`${sheet.href} did not load`)), { once: true });
    });
    document.head.append(link);
    await loaded;
    return link;
  }
  if (sheet.css) {
    const style = document.createElement('style');
    style.textContent = sheet.css;
    document.head.append(style);
    return style;
  }
  return null;
}

/**
 * Off-screen chunks skip layout (content-visibility: auto), and measuring a card in one forces that
 * chunk's layout again on every read: the test lays every chunk out once instead.
 */
const allChunksLaidOut = new CSSStyleSheet();
allChunksLaidOut.replaceSync('.chunk { content-visibility: visible !important; }');

/** Every collection as a searchable tag filter plus a list, in one container. */
export function build(all: Record<string, unknown>): { container: HTMLDivElement; lists: IncReportList[] } {
  const container = document.createElement('div');
  const lists: IncReportList[] = [];
  for (const [i, name] of Object.keys(all).entries()) {
    const filter = document.createElement('inc-tag-filter');
    filter.setAttribute('for', `layout-list-${i}`);
    filter.setAttribute('search', '');
    const list = document.createElement('inc-report-list');
    list.id = `layout-list-${i}`;
    list.collection = all[name];
    container.append(filter, list);
    lists.push(list);
  }
  document.body.append(container);
  for (const list of lists) list.shadowRoot!.adoptedStyleSheets.push(allChunksLaidOut);
  return { container, lists };
}

/** Lets cards, diagrams, code blocks and their resize observers settle. */
export async function settle(lists: IncReportList[]): Promise<void> {
  for (const list of lists) await list.renderComplete;
  const root = lists[0]?.parentElement ?? document.body;
  for (const el of deepQueryAll(root, 'inc-card, inc-report, inc-ascii-diagram, inc-code-block')) {
    await (el as IncCard).updateComplete;
  }
  await nextFrame();
  await nextFrame();
}

/** Opens every report that opens in place (a report with a body and no url). */
export async function openReports(container: HTMLElement): Promise<number> {
  let opened = 0;
  for (const card of deepQueryAll(container, 'inc-card') as IncCard[]) {
    const button = card.shadowRoot?.querySelector<HTMLButtonElement>('.open-report');
    if (button && button.getAttribute('aria-expanded') !== 'true') {
      button.click();
      await card.updateComplete;
      opened += 1;
    }
  }
  // Opening records the report in the URL hash; the test page's own URL must stay as it was.
  history.replaceState(null, '', location.pathname + location.search);
  return opened;
}

/**
 * Builds everything once under `sheet`, then at each width checks each combo's layout, and fails
 * with every broken rule of every layout.
 */
export async function checkCombos(
  sheet: HostSheet,
  widths: readonly number[],
  combos: Combo[],
): Promise<void> {
  const added = await addSheet(sheet);
  const { container, lists } = build(await loadCollections());
  const failures: string[] = [];
  let checked = 0;
  try {
    await settle(lists);
    expect(await openReports(container), 'reports opened in place').to.be.greaterThan(0);
    for (const width of widths) {
      await setViewport({ width, height: 900 });
      for (const { variant, theme, dir } of combos) {
        for (const list of lists) {
          list.variant = variant;
          list.setAttribute('theme', theme);
        }
        container.dir = dir;
        await settle(lists);
        const found = checkLayout(container);
        checked += 1;
        if (found.length > 0)
          failures.push(`[${width} px, ${variant}, ${theme}, ${dir}]\n${summarize(found)}`);
      }
    }
  } finally {
    container.remove();
    added?.remove();
  }
  expect(checked).to.equal(widths.length * combos.length);
  expect(failures, `${failures.length} of ${checked} layouts broke:\n${failures.join('\n')}`).to.deep.equal(
    [],
  );
}

/** Every variant × theme × direction. */
export function allCombos(themes: readonly string[]): Combo[] {
  const combos: Combo[] = [];
  for (const variant of ['card', 'row'] as const) {
    for (const theme of themes) {
      for (const dir of ['ltr', 'rtl'] as const) combos.push({ variant, theme, dir });
    }
  }
  return combos;
}
