// Stories are the fixtures: every story of every element is rendered here, in both browsers, and
// checked with axe, as written and then in each theme. A story that throws, renders nothing, or has an accessibility violation fails.
import { expect, aTimeout } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as asciiDiagram from '../../stories/ascii-diagram.stories.js';
import * as card from '../../stories/card.stories.js';
import * as codeBlock from '../../stories/code-block.stories.js';
import * as report from '../../stories/report.stories.js';
import * as reportList from '../../stories/report-list.stories.js';
import * as tagFilter from '../../stories/tag-filter.stories.js';

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

/** Waits until every custom element inside `root` (through shadow roots) has finished updating. */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        const update = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
    await aTimeout(round === 0 ? 150 : 30);
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
          // Every story in every theme, rendered afresh so no transition is caught half-way.
          for (const theme of THEMES) {
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
