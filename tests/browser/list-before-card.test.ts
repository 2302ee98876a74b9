// The script-tag loader defines each element when its chunk arrives, so a list can be live while
// its cards are still undefined elements: nothing in the list may assume a card is upgraded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/report-list/define.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';

const collection = {
  reports: [
    { id: 'A-1', title: 'Alpha', summary: 'First.' },
    { id: 'B-2', title: 'Beta', summary: 'Second.' },
  ],
};

describe('inc-report-list before inc-card is defined', () => {
  it('renders without throwing, and its cards fill in once inc-card is defined', async () => {
    expect(customElements.get('inc-card'), 'inc-card not yet defined').to.equal(undefined);
    const list = await fixture<IncReportList>(
      html`<inc-report-list .collection=${collection}></inc-report-list>`,
    );
    // Rejects when the list's update threw (it read a card's updateComplete before the upgrade).
    await list.updateComplete;
    const cards = [...list.shadowRoot!.querySelectorAll('inc-card')];
    expect(cards.length).to.equal(2);
    await import('../../src/components/card/define.js');
    await waitUntil(
      () => cards.every((card) => card.shadowRoot?.querySelector('[part~="title"]')),
      'the cards render once defined',
    );
    expect(
      cards.map((card) => card.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim()),
    ).to.deep.equal(['Alpha', 'Beta']);
  });
});
