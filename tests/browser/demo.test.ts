import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';

const SAMPLES = ['incident-reports', 'dated-notes', 'all-posts'] as const;
const COUNTS = { 'incident-reports': 7, 'dated-notes': 10, 'all-posts': 25 } as const;

describe('the demo page', () => {
  it('renders the three sample collections with their filters and no error', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const lists = [...doc.querySelectorAll('inc-report-list')];
      expect(lists).to.have.length(3);
      await waitUntil(() => lists.every((l) => l.state !== undefined), 'every list loads its sample', {
        timeout: 8000,
      });
      for (const list of lists) {
        expect(list.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(list.shadowRoot!.querySelectorAll('inc-card').length).to.be.greaterThan(0);
        const filter = list.querySelector('inc-tag-filter')!;
        await filter.updateComplete;
        // all-posts has categories but no tags: its filter offers search only.
        const expected = list.getAttribute('src')!.includes('all-posts')
          ? 'input[type="search"]'
          : 'button[part="tag"]';
        expect(filter.shadowRoot!.querySelector(expected), `${list.getAttribute('src')} filter`).to.exist;
      }
    } finally {
      frame.remove();
    }
  });
});

describe('the sample collections', () => {
  for (const sample of SAMPLES) {
    for (const theme of ['light', 'dark', 'terminal'] as const) {
      it(`${sample} is accessible in the ${theme} theme`, async () => {
        const response = await fetch(`/src/data/samples/${sample}.json`);
        const content: unknown = await response.json();
        const el = await fixture<IncReportList>(
          html`<inc-report-list theme=${theme} .collection=${content}>
            <inc-tag-filter slot="filter" search></inc-tag-filter>
          </inc-report-list>`,
        );
        await el.updateComplete;
        const cards = [...el.shadowRoot!.querySelectorAll('inc-card')];
        expect(new Set(cards.map((c) => c.report!.id)).size).to.equal(COUNTS[sample]);
        await Promise.all(cards.map((c) => c.updateComplete));
        await expect(el).to.be.accessible();
      });
    }
  }
});
