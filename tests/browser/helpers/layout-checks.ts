// Geometric checks for the layout tests (issue 13), run on what the browser laid out: every element
// of every shadow root under a container, walked once.

/** One broken rule, with where it broke. */
export interface LayoutFailure {
  rule:
    | 'overflow-host'
    | 'overflow-viewport'
    | 'page-scroll'
    | 'small-text'
    | 'narrow-title'
    | 'report-outside-card';
  where: string;
  detail: string;
}

const TOLERANCE = 1;
export const MIN_TEXT_PX = 12;

/** Children in the composed order that matters for geometry: shadow root first, then light children. */
function children(node: Element): Element[] {
  const out: Element[] = [];
  if (node.shadowRoot) out.push(...node.shadowRoot.children);
  out.push(...node.children);
  return out;
}

/** `inc-card > .title`: enough to find the broken box without printing the DOM. */
function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const hostName = host ? `${host.localName}${host.id ? `#${host.id}` : ''}` : 'document';
  const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.') ?? '';
  return `${hostName} > ${el.localName}${cls ? `.${cls}` : ''}`;
}

/**
 * Not painted where it stands: hidden, skipped, clipped to nothing (the visually-hidden pattern) or
 * transparent and off-screen (the clipboard helper). Its subtree is not checked.
 */
function invisible(el: Element, style: CSSStyleDeclaration, rect: DOMRect): boolean {
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return true;
  if (style.opacity === '0') return true;
  if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return true;
  const clipped = style.overflow !== 'visible' || (style.clip !== 'auto' && style.clip !== '');
  return clipped && rect.width <= 1 && rect.height <= 1;
}

/** A deliberate scroll box (diagrams, code): what it holds may be wider than the page. */
function scrolls(style: CSSStyleDeclaration): boolean {
  return ['auto', 'scroll'].includes(style.overflowX);
}

/**
 * Walks `root` (and every shadow root below it) once and returns every broken rule:
 * - no box past its shadow host's box, nor past the viewport, except inside scroll boxes;
 * - no horizontal page scroll;
 * - no visible text under 12 px;
 * - card titles at least half the card's content width;
 * - a report opened in place inside its card.
 */
export function checkLayout(root: Element): LayoutFailure[] {
  const failures: LayoutFailure[] = [];
  const viewport = document.documentElement.clientWidth;
  const hostRects = new Map<Element, DOMRect>();
  const hostRect = (host: Element) => {
    let r = hostRects.get(host);
    if (!r) hostRects.set(host, (r = host.getBoundingClientRect()));
    return r;
  };

  const visit = (el: Element, inScroller: boolean): void => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (invisible(el, style, rect)) return;
    const display = style.display;
    if (!inScroller && display !== 'contents' && (rect.width > 0 || rect.height > 0)) {
      if (rect.left < -TOLERANCE || rect.right > viewport + TOLERANCE) {
        failures.push({
          rule: 'overflow-viewport',
          where: describe(el),
          detail: `${Math.round(rect.left)}..${Math.round(rect.right)} in a ${viewport} px viewport`,
        });
      }
      const host = (el.getRootNode() as ShadowRoot).host;
      if (host) {
        const h = hostRect(host);
        if (rect.left < h.left - TOLERANCE || rect.right > h.right + TOLERANCE) {
          failures.push({
            rule: 'overflow-host',
            where: describe(el),
            detail: `${Math.round(rect.width)} px wide at ${Math.round(rect.left - h.left)} in a ${Math.round(h.width)} px ${host.localName}`,
          });
        }
      }
    }
    // Text is drawn at its parent's font size; the parent was found visible above.
    const size = parseFloat(style.fontSize);
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !(node as Text).data.trim()) continue;
      if ((rect.width > 0 || rect.height > 0) && size < MIN_TEXT_PX - 0.05) {
        failures.push({
          rule: 'small-text',
          where: describe(el),
          detail: `${size.toFixed(2)} px: "${(node as Text).data.trim().slice(0, 30)}"`,
        });
      }
    }
    // Inside a scroll box only text sizes matter: the first rows stand for the rest (a diagram has
    // thousands of cells).
    const scroller = inScroller || scrolls(style);
    const kids = children(el);
    for (const child of scroller ? kids.slice(0, 8) : kids) visit(child, scroller);
  };
  visit(root, false);

  if (document.documentElement.scrollWidth > viewport + TOLERANCE) {
    failures.push({
      rule: 'page-scroll',
      where: 'document',
      detail: `the page is ${document.documentElement.scrollWidth} px wide in a ${viewport} px viewport`,
    });
  }

  for (const card of deepQueryAll(root, 'inc-card')) {
    const shadow = card.shadowRoot;
    const box = shadow?.querySelector('.card');
    if (!shadow || !box || card.closest('[hidden]')) continue;
    const boxStyle = getComputedStyle(box);
    const content = box.clientWidth - parseFloat(boxStyle.paddingLeft) - parseFloat(boxStyle.paddingRight);
    const title = shadow.querySelector('.title');
    if (title && content > 0) {
      const width = title.getBoundingClientRect().width;
      if (width < content / 2 - TOLERANCE) {
        failures.push({
          rule: 'narrow-title',
          where: `${describe(title)} (${card.getAttribute('variant') ?? 'card'})`,
          detail: `${Math.round(width)} px of a ${Math.round(content)} px card`,
        });
      }
    }
    const report = shadow.querySelector('.full-report:not([hidden]) inc-report');
    if (report) {
      const r = report.getBoundingClientRect();
      const c = box.getBoundingClientRect();
      const inner = report.shadowRoot?.querySelector('.report')?.getBoundingClientRect() ?? r;
      const right = Math.max(r.right, inner.right);
      const left = Math.min(r.left, inner.left);
      if (left < c.left - TOLERANCE || right > c.right + TOLERANCE) {
        failures.push({
          rule: 'report-outside-card',
          where: describe(report),
          detail: `${Math.round(right - left)} px wide in a ${Math.round(c.width)} px card`,
        });
      }
    }
  }
  return failures;
}

/** Every element matching `selector` under `root`, through shadow roots. */
export function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const child of node.children) {
      if (child.matches(selector)) out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** Failures grouped by rule and place, each with one example: a readable assertion message. */
export function summarize(failures: LayoutFailure[]): string {
  const groups = new Map<string, { count: number; example: string }>();
  for (const f of failures) {
    const key = `${f.rule} ${f.where}`;
    const g = groups.get(key);
    if (g) g.count += 1;
    else groups.set(key, { count: 1, example: f.detail });
  }
  return [...groups].map(([key, g]) => `${key} ×${g.count} (e.g. ${g.example})`).join('\n');
}

/** Elements matching `selector` inside the shadow roots of every `host` element under `root`. */
export function within(root: Element, host: string, selector: string): Element[] {
  return deepQueryAll(root, host).flatMap((h) => [...(h.shadowRoot?.querySelectorAll(selector) ?? [])]);
}
