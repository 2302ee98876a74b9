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
        const filter = list.querySelector('inc-tag-filter');
        // The blog index is laid out as its seed page: no filter, so its one count line is the
        // description ("25 posts so far."), with no "25 of 25 match" beside it.
        if (list.getAttribute('src')!.includes('all-posts')) {
          expect(filter, 'all-posts has no filter, as its seed page').to.equal(null);
          continue;
        }
        await filter!.updateComplete;
        expect(filter!.shadowRoot!.querySelector('button[part="tag"]'), `${list.getAttribute('src')} filter`)
          .to.exist;
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

/** Every `a[href]` in a document and in every shadow root inside it. */
function deepLinks(root: Document | ShadowRoot): HTMLAnchorElement[] {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) links.push(...deepLinks(el.shadowRoot));
  return links;
}

describe('every link in the demo', () => {
  it('resolves: same-origin links answer 200, and a "read the report" link opens a working report page', async function () {
    this.timeout(60000);
    const { frame, doc, win } = await openPage('/demo/index.html');
    try {
      const lists = [...doc.querySelectorAll('inc-report-list')];
      await waitUntil(() => lists.every((l) => l.state !== undefined), 'every list loads', { timeout: 8000 });
      await Promise.all(lists.map((l) => l.renderComplete));
      // The script-tag loader defines a list's cards when it first sees them: on a loaded machine the
      // card chunk can arrive after the list has rendered.
      await win.customElements.whenDefined('inc-card');
      // Open every report that opens in place, so the links inside them count too.
      for (const list of lists) {
        for (const card of list.shadowRoot!.querySelectorAll('inc-card')) {
          await card.updateComplete; // cards render in time slices
          card.shadowRoot?.querySelector<HTMLElement>('[part="open-button"][aria-expanded="false"]')?.click();
        }
      }
      const report = doc.querySelector('inc-report')!;
      await waitUntil(() => report.shadowRoot?.querySelector('[part="body"]'), 'the full report', {
        timeout: 8000,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const hrefs = new Set(deepLinks(doc).map((a) => a.href));
      const local = [...hrefs].filter((href) => new URL(href).origin === win.location.origin);
      expect(
        local.filter((href) => href.includes('/demo/report.html') || href.includes('/reports/')).length,
      ).to.be.greaterThan(6);
      for (const href of local) {
        const url = new URL(href);
        if (url.pathname === win.location.pathname && url.hash) continue; // a fragment of this page
        const response = await fetch(url.href);
        expect(response.status, href).to.equal(200);
      }
      const readLinks = lists.flatMap((l) =>
        [...l.shadowRoot!.querySelectorAll('inc-card')].flatMap((c) => [
          ...c.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]'),
        ]),
      );
      expect(readLinks.length).to.equal(7);
      expect(readLinks[0]!.textContent.trim()).to.match(/^read the report/);
    } finally {
      frame.remove();
    }
  });

  it('the report page shows the report a card links to, with no error', async function () {
    this.timeout(30000);
    const redirected = await fetch('/reports/zero-downtime-migration');
    expect(new URL(redirected.url).pathname).to.equal('/demo/report.html');
    for (const path of [
      new URL(redirected.url).pathname + new URL(redirected.url).search,
      '/demo/report.html?src=/src/data/samples/incident-reports.json&id=INC-002',
    ]) {
      const { frame, doc, probe } = await openPage(path);
      try {
        const report = doc.querySelector('inc-report')!;
        await waitUntil(() => report.shadowRoot?.querySelector('[part~="title"]'), `${path}: the report`, {
          timeout: 8000,
        });
        expect(report.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        const id = path.includes('INC-002') ? 'INC-002' : 'INC-001';
        expect(report.shadowRoot!.querySelector('[part~="id"]')!.textContent).to.equal(id);
        expect(probe.errors, 'uncaught errors').to.deep.equal([]);
        expect(probe.violations, 'CSP violations').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  });
});

describe("the demo's theme control", () => {
  /** What the page shows: each list's and report's theme, and the page's own colour scheme. */
  const shown = (doc: Document) => ({
    themes: [...doc.querySelectorAll('inc-report-list, inc-report')].map((el) => el.getAttribute('theme')),
    scheme: getComputedStyle(doc.documentElement).colorScheme,
  });

  it('says what is shown, on load and after each choice', async () => {
    const { frame, doc } = await openPage('/demo/index.html');
    try {
      const radios = [...doc.querySelectorAll<HTMLInputElement>('.theme-picker input[type="radio"]')];
      const checked = () => radios.find((r) => r.checked)!.value;
      // On load the lists keep the themes they were written with, so the control must not name one
      // theme unless every list shows it.
      const initial = shown(doc);
      const distinct = new Set(initial.themes);
      if (distinct.size === 1) expect(checked()).to.equal([...distinct][0]);
      else expect(checked(), `lists show ${[...distinct].join(', ')}`).to.equal('');
      expect(initial.scheme).to.equal('light');

      for (const theme of ['dark', 'terminal', 'light', 'auto', ''] as const) {
        radios.find((r) => r.value === theme)!.click();
        const now = shown(doc);
        if (theme)
          expect(
            now.themes.every((t) => t === theme),
            `${theme}: ${now.themes.join(', ')}`,
          ).to.equal(true);
        else expect(now.themes).to.deep.equal(initial.themes);
        const scheme =
          theme === 'dark' || theme === 'terminal' ? 'dark' : theme === 'auto' ? 'light dark' : 'light';
        expect(now.scheme, `page colour scheme for "${theme}"`).to.equal(scheme);
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
