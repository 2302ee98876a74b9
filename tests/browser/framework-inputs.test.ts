// What a framework that renders before the elements are defined (React 19 with late registration,
// server rendering or hydration) leaves on them: attributes where properties were meant. None may go
// silently wrong.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { IncCard } from '../../src/components/card/card.js';
import { IncReport } from '../../src/components/report/report.js';
import { IncReportList } from '../../src/components/report-list/report-list.js';
import '../../src/define.js';

const SAMPLE = '/src/data/samples/incident-reports.json';
let defined = 0;

/**
 * An element created and given `attributes` while its tag is not defined yet, then defined (a fresh
 * tag each time, so the upgrade really happens after the attributes are set).
 */
function lateElement<T extends HTMLElement>(
  base: CustomElementConstructor,
  attributes: Record<string, string>,
): { el: T; define: () => void } {
  const tag = `late-element-${++defined}`;
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return { el, define: () => customElements.define(tag, class extends (base as typeof HTMLElement) {}) };
}

const alertText = (el: Element): string =>
  el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

afterEach(() => {
  for (const el of [...document.body.children]) if (el.localName.startsWith('late-element-')) el.remove();
});

describe('object-valued properties given as attributes', () => {
  for (const [name, base, property] of [
    ['inc-card', IncCard, 'report'],
    ['inc-report', IncReport, 'report'],
    ['inc-report-list', IncReportList, 'collection'],
  ] as const) {
    it(`${name}: ${property}="[object Object]" shows an error naming the property, and fires inc-error`, async () => {
      const { el, define } = lateElement<IncCard>(base, { [property]: '[object Object]' });
      const error = oneEvent(el, 'inc-error');
      define();
      const event = await error;
      expect(event.detail.reason).to.equal('attribute');
      expect(event.detail.message).to.include(`set the ${property} property`);
      await el.updateComplete;
      expect(alertText(el)).to.include(`"${property}" as an attribute`);
      expect(alertText(el)).to.include(`set the ${property} property`);
    });
  }

  it('the error goes once the property is set', async () => {
    const { el, define } = lateElement<IncCard>(IncCard, { report: '[object Object]' });
    define();
    await el.updateComplete;
    expect(alertText(el)).to.include('report');
    el.report = { ...(await (await fetch(SAMPLE)).json()).reports[0], tags: [], body: [], outcomes: [] };
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="title"]')).to.not.equal(null);
  });
});

describe('choosing the report', () => {
  it('reportid (React lowercasing reportId before the element is defined) is read as report-id', async () => {
    const { el, define } = lateElement<IncCard>(IncCard, { src: SAMPLE, reportid: 'INC-002' });
    const loaded = oneEvent(el, 'inc-load');
    define();
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="id"]')!.textContent).to.equal('INC-002');
  });

  for (const tag of ['inc-card', 'inc-report'] as const) {
    it(`${tag}: a source of several reports without report-id is an error naming report-id, not the first report`, async () => {
      const el = document.createElement(tag);
      el.src = SAMPLE;
      const error = oneEvent(el, 'inc-error');
      document.body.append(el);
      try {
        const event = await error;
        expect(event.detail.reason).to.equal('not-found');
        expect(event.detail.message).to.include('report-id');
        await el.updateComplete;
        expect(alertText(el)).to.include('report-id');
        expect(el.shadowRoot!.querySelector('[part="id"], [part="title"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  }

  it('a source of one report needs no report-id', async () => {
    const el = document.createElement('inc-card');
    el.src = '/tests/fixtures/valid/full-report.json';
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('[part="id"]'), 'rendered', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[part="id"]')!.textContent).to.equal('INC-042');
    } finally {
      el.remove();
    }
  });
});
