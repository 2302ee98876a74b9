// The diagram's and the code block's copy buttons behave the same (one CopyController): the same
// fallback when the Clipboard API is denied, the same `inc-copy` detail, the same announcement, which
// a second copy repeats, and the same reset when the element leaves the page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/ascii-diagram/define.js';
import '../../src/components/code-block/define.js';
import type { IncCopyDetail } from '../../src/shared/events.js';
import { stubClipboard, stubExecCommand } from './helpers/clipboard.js';

type CopyElement = HTMLElement & { copy(): Promise<boolean>; updateComplete: Promise<boolean> };

const ELEMENTS: Array<[string, () => TemplateResult]> = [
  ['inc-ascii-diagram', () => html`<inc-ascii-diagram ascii="a─▶b"></inc-ascii-diagram>`],
  ['inc-code-block', () => html`<inc-code-block .code=${'a─▶b'}></inc-code-block>`],
];

const status = (el: CopyElement): string =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();

/** Every text the live region held, in order, while `run` ran. */
async function announcements(el: CopyElement, run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(status(el)));
  observer.observe(el.shadowRoot!.querySelector('[role="status"]')!, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  await run();
  await el.updateComplete;
  observer.disconnect();
  return seen.filter((text, i) => text !== seen[i - 1]);
}

for (const [tag, template] of ELEMENTS) {
  describe(`${tag} copy (shared behaviour)`, () => {
    it('falls back to a selection copy when the clipboard is denied', async () => {
      const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const exec = stubExecCommand(true);
      try {
        const el = await fixture<CopyElement>(template());
        const event = oneEvent(el, 'inc-copy');
        (el.shadowRoot!.querySelector('[part~="copy-button"]') as HTMLElement).click();
        const { detail } = (await event) as CustomEvent<IncCopyDetail>;
        expect(detail).to.deep.equal({ text: 'a─▶b', ok: true });
        expect(exec.selected).to.deep.equal(['copy:a─▶b']);
        await el.updateComplete;
        expect(status(el)).to.equal('Copied');
      } finally {
        exec.restore();
        restore();
      }
    });

    it('announces a second copy in a row again', async () => {
      const restore = stubClipboard(() => Promise.resolve());
      try {
        const el = await fixture<CopyElement>(template());
        await el.copy();
        await el.updateComplete;
        const seen = await announcements(el, async () => void (await el.copy()));
        expect(seen).to.deep.equal(['', 'Copied']);
      } finally {
        restore();
      }
    });

    it('clears the status when the element leaves the page', async () => {
      const restore = stubClipboard(() => Promise.resolve());
      try {
        const el = await fixture<CopyElement>(template());
        await el.copy();
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
        expect(status(el)).to.equal('');
      } finally {
        restore();
      }
    });
  });
}
