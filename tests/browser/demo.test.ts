import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';
import { openPage } from './helpers/page-probe.js';

const SAMPLES = ['incident-reports', 'dated-notes', 'all-posts'] as const;
const COUNTS = { 'incident-reports': 7, 'dated-notes': 10, 'all-posts': 25 } as const;

describe('the demo page', () => {
  it('renders the three sample collections and a full report, with no error, warning or violation', async () => {
    const { frame, doc, probe } = await openPage('/demo/index.html');
    try {
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
      const report = doc.querySelector('inc-report')!;
      await waitUntil(() => report.shadowRoot?.querySelectorAll('inc-code-block').length, 'the full report', {
        timeout: 8000,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(probe.errors, 'uncaught errors').to.deep.equal([]);
      expect(probe.consoleErrors, 'console errors').to.deep.equal([]);
      expect(probe.warnings, 'console warnings').to.deep.equal([]);
      expect(probe.violations, 'CSP violations').to.deep.equal([]);
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
