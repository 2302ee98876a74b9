// Stories are the fixtures: every story of every element is rendered here, in both browsers, and
// checked with axe, as written and then in each theme. A story that throws, renders nothing, or has an accessibility violation fails.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as asciiDiagram from '../../stories/ascii-diagram.stories.js';
import * as card from '../../stories/card.stories.js';
import * as codeBlock from '../../stories/code-block.stories.js';
import * as report from '../../stories/report.stories.js';
import * as reportList from '../../stories/report-list.stories.js';
import * as tagFilter from '../../stories/tag-filter.stories.js';
import { PENDING_URL } from '../../stories/support/pending-fetch.js';

const TAGS = [
  'inc-report-list',
  'inc-card',
  'inc-tag-filter',
  'inc-ascii-diagram',
  'inc-report',
  'inc-code-block',
];
const THEMES = ['light', 'dark', 'terminal'] as const;

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
interface StoryModule {
  default: StoryLike & { title?: string; component?: string };
  [name: string]: unknown;
}

const modules = { asciiDiagram, card, codeBlock, report, reportList, tagFilter } as unknown as Record<
  string,
  StoryModule
>;

/** Every element under `root`, through open shadow roots. */
function* composed(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* composed(el.shadowRoot);
  }
}

type Settling = Partial<{
  updateComplete: Promise<unknown>;
  highlightComplete: Promise<unknown>;
  isUpdatePending: boolean;
}>;

/** Something under `root` still works: an update pending, or a loading state (other than the Loading stories' fetch that never answers). */
function busy(root: ParentNode): boolean {
  for (const el of composed(root)) {
    if ((el as Settling).isUpdatePending) return true;
    if (el.getAttribute('aria-busy') !== 'true') continue;
    const host = (el.getRootNode() as Partial<ShadowRoot>).host;
    if (!host?.getAttribute('src')?.includes(PENDING_URL)) return true;
  }
  return false;
}

/**
 * Waits until the story has settled: every element's update and highlighting done, no loading state
 * left, for two frames in a row (a diagram fits a frame after layout). Event-driven: a fixed wait per
 * render made this file two minutes of a CI run. Gives up after 5 s, and axe then checks what is there.
 */
async function settle(root: ParentNode): Promise<void> {
  const deadline = performance.now() + 5000;
  for (let quiet = 0; quiet < 2 && performance.now() < deadline;) {
    const pending: Promise<unknown>[] = [];
    for (const el of composed(root)) {
      const done = (el as Settling).highlightComplete ?? (el as Settling).updateComplete;
      if (done) pending.push(done);
    }
    await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    quiet = busy(root) ? 0 : quiet + 1;
  }
}

/** Whether anything visible was rendered: text or elements inside the story's shadow roots. */
function hasContent(root: Element): boolean {
  const text = (node: ParentNode): string =>
    [...node.querySelectorAll('*')].map((el) => (el.shadowRoot ? text(el.shadowRoot) : '')).join('') +
    (node instanceof Element || node instanceof ShadowRoot ? (node.textContent ?? '') : '');
  return text(root).trim().length > 0;
}

for (const [file, module] of Object.entries(modules)) {
  const meta = module.default;
  describe(`stories: ${meta.title ?? file}`, () => {
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryLike][];
    it('has stories', () => expect(stories.length).to.be.greaterThan(2));
    for (const [name, story] of stories) {
      it(`${name} renders and is accessible`, async function () {
        this.timeout(40000);
        const host = document.createElement('div');
        document.body.append(host);
        try {
          const args = { ...meta.args, ...story.args };
          const renderStory = story.render ?? meta.render;
          expect(renderStory, 'story has a render function').to.be.a('function');
          render(renderStory!(args, { args, id: name }), host);
          await settle(host);
          expect(hasContent(host), 'renders content').to.equal(true);
          await expect(host).to.be.accessible();
          // Every story in every theme, rendered afresh so no transition is caught half-way. A theme
          // every element already has as written is that same page again: checked once is enough.
          const written = [...host.querySelectorAll(TAGS.join(','))].map((el) => el.getAttribute('theme'));
          for (const theme of THEMES) {
            if (written.length > 0 && written.every((t) => t === theme)) continue;
            render(null, host);
            render(renderStory!(args, { args, id: name }), host);
            for (const el of host.querySelectorAll(TAGS.join(','))) el.setAttribute('theme', theme);
            await settle(host);
            await expect(host, `${name} in the ${theme} theme`).to.be.accessible();
          }
        } finally {
          render(null, host);
          host.remove();
        }
      });
    }
  });
}
