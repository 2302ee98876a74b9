// Every element on a page whose policy is `default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'`: content renders, code is highlighted, and nothing is blocked.
import { expect, waitUntil } from '@open-wc/testing';
import type { IncCodeBlock } from '../../src/components/code-block/code-block.js';

type StrictWindow = Window &
  typeof globalThis & { cspViolations: string[]; pageErrors: string[]; elementsReady: Promise<unknown> };

describe('a strict CSP page with Trusted Types', () => {
  it('renders lists, a full report with highlighted code, and a card without a violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/browser/pages/strict-all.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as StrictWindow;
      await win.elementsReady;
      const doc = win.document;
      const [incidents, notes] = [...doc.querySelectorAll('inc-report-list')];
      await waitUntil(() => incidents!.shadowRoot?.querySelectorAll('inc-card').length === 7, 'incidents', {
        timeout: 8000,
      });
      await waitUntil(() => notes!.shadowRoot?.querySelectorAll('inc-card').length === 10, 'notes', {
        timeout: 8000,
      });
      const report = doc.querySelector('inc-report')!;
      await waitUntil(
        () => report.shadowRoot?.querySelectorAll('inc-code-block').length === 5,
        'report body',
        {
          timeout: 8000,
        },
      );
      const blocks = [...report.shadowRoot!.querySelectorAll<IncCodeBlock>('inc-code-block')];
      await Promise.all(blocks.map((b) => b.highlightComplete));
      expect(blocks.filter((b) => b.highlighted).length, 'known languages highlighted').to.be.greaterThan(2);
      const card = doc.querySelector('inc-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'standalone card', {
        timeout: 8000,
      });
      const filter = incidents!.querySelector('inc-tag-filter')!;
      filter.shadowRoot!.querySelector<HTMLButtonElement>('button[part="tag"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      expect(doc.querySelectorAll('script:not([src])'), 'no script was injected').to.have.length(0);
    } finally {
      frame.remove();
    }
  });
});
