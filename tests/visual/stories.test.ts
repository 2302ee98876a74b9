// Screenshots of representative stories: one per element plus the list stories (12), in every theme
// (light, dark, terminal, and auto with a reader preferring dark), at a phone (390 px) and a desktop
// (1280 px) width, left-to-right and right-to-left: 12 × 4 × 2 × 2 = 192 images. Every story in every
// theme is already checked for errors and accessibility by tests/browser/stories.test.ts; rendering
// them all here too would be ~1,200 images for little more coverage.
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render, type TemplateResult } from 'lit';
import * as asciiDiagram from '../../stories/ascii-diagram.stories.js';
import * as card from '../../stories/card.stories.js';
import * as codeBlock from '../../stories/code-block.stories.js';
import * as report from '../../stories/report.stories.js';
import * as reportList from '../../stories/report-list.stories.js';
import * as tagFilter from '../../stories/tag-filter.stories.js';
import { TOKENS, type Palette } from '../../src/shared/tokens.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
type StoryModule = { default: StoryLike } & Record<string, unknown>;

const SHOTS: [string, StoryModule, string][] = [
  ['card', card, 'EveryField'],
  ['card', card, 'NoteWithoutTitle'],
  ['card', card, 'Row'],
  ['tag-filter', tagFilter, 'InsideAList'],
  ['ascii-diagram', asciiDiagram, 'Default'],
  ['code-block', codeBlock, 'Sql'],
  ['report', report, 'IncidentPostmortem'],
  ['report-list', reportList, 'IncidentReports'],
  ['report-list', reportList, 'DatedNotes'],
  ['report-list', reportList, 'AllPosts'],
  ['report-list', reportList, 'FilteredByTags'],
  ['report-list', reportList, 'NoMatches'],
] as unknown as [string, StoryModule, string][];

const LOOKS: { name: string; theme: string; scheme: 'light' | 'dark'; palette: Palette }[] = [
  { name: 'light', theme: 'light', scheme: 'light', palette: 'light' },
  { name: 'dark', theme: 'dark', scheme: 'light', palette: 'dark' },
  { name: 'terminal', theme: 'terminal', scheme: 'light', palette: 'terminal' },
  { name: 'auto-dark', theme: 'auto', scheme: 'dark', palette: 'dark' },
];
const WIDTHS = [390, 1280];
const MAX_HEIGHT = 2400;
const DIRS = ['ltr', 'rtl'] as const;
const TAGS = 'inc-report-list, inc-card, inc-tag-filter, inc-ascii-diagram, inc-report, inc-code-block';

/** Every element under `root`, through shadow roots. */
function deep(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
}

/**
 * Until nothing is left to update: every element's update and code highlighting done, fonts loaded,
 * then two frames (a diagram fits a frame after layout), in two rounds in a row with no update pending
 * at the start. Event-driven: fixed waits (200 ms, then 4 × 30 ms) were a minute of the 192 shots.
 */
async function settle(root: ParentNode): Promise<void> {
  for (let quiet = 0, round = 0; quiet < 2 && round < 20; round++) {
    const elements = deep(root) as Partial<{
      updateComplete: Promise<unknown>;
      highlightComplete: Promise<unknown>;
      isUpdatePending: boolean;
    }>[];
    const pending: Promise<unknown>[] = [];
    let busy = false;
    for (const el of elements) {
      if (el.isUpdatePending) busy = true;
      if (el.updateComplete) pending.push(el.updateComplete);
      if (el.highlightComplete) pending.push(el.highlightComplete);
    }
    await Promise.all(pending);
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    quiet = busy ? 0 : quiet + 1;
  }
}

document.body.style.margin = '0';

for (const width of WIDTHS) {
  describe(`${width} px`, () => {
    before(async () => {
      // As tall as the tallest shot: every chunk of a list is near the screen, so none is left
      // unpainted by \`content-visibility: auto\` when the shot is taken (one shot of 192 once caught
      // a list's lower sections blank at a 900 px viewport).
      await setViewport({ width, height: MAX_HEIGHT + 100 });
    });
    for (const [file, module, storyName] of SHOTS) {
      const meta = module.default;
      const story = module[storyName] as StoryLike;
      for (const look of LOOKS) {
        for (const dir of DIRS) {
          const name = `${file}--${storyName}--${look.name}--${width}--${dir}`;
          it(name, async () => {
            await emulateMedia({ colorScheme: look.scheme, reducedMotion: 'reduce' });
            const host = document.createElement('div');
            host.dir = dir;
            host.lang = dir === 'rtl' ? 'ar' : 'en';
            // The page behind the story is the theme's own background, as on a real site. Long lists
            // are cut at the first screens (MAX_HEIGHT): enough to see every kind of card, and the
            // images stay small and quick to compare.
            host.style.cssText = `padding: 16px; background: ${TOKENS[look.palette]['color-bg']};
              max-height: ${MAX_HEIGHT}px; overflow: hidden`;
            document.body.append(host);
            try {
              const args = { ...meta.args, ...story.args, theme: look.theme };
              render((story.render ?? meta.render)!(args, { args, id: storyName }), host);
              for (const el of host.querySelectorAll(TAGS)) el.setAttribute('theme', look.theme);
              await settle(host);
              await visualDiff(host, name);
            } finally {
              render(null, host);
              host.remove();
            }
          });
        }
      }
    }
  });
}
