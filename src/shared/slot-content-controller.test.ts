import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SlotContentController } from './slot-content-controller.js';

/** A tiny host: a caption slot with fallback text, shown only when something is slotted. */
class SlotHost extends LitElement {
  readonly caption = new SlotContentController(this);

  override render() {
    return html`<p ?hidden=${!this.caption.has}>
      <slot name="caption" @slotchange=${this.caption.onSlotChange}>fallback</slot>
    </p>`;
  }
}
customElements.define('slot-test-host', SlotHost);

/** Forwards its own caption slot into a SlotHost's, as a report forwards to a block. */
class ForwardingHost extends LitElement {
  override render() {
    return html`<slot-test-host><slot name="caption" slot="caption"></slot></slot-test-host>`;
  }
}
customElements.define('slot-forwarding-host', ForwardingHost);

const slotChange = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('SlotContentController', () => {
  it('is false with nothing slotted: the fallback content does not count', async () => {
    const el = await fixture<SlotHost>(html`<slot-test-host></slot-test-host>`);
    await slotChange();
    expect(el.caption.has).to.equal(false);
  });

  it('follows what is slotted: an element or non-blank text, not blank text', async () => {
    const el = await fixture<SlotHost>(html`<slot-test-host><span slot="caption">Hi</span></slot-test-host>`);
    await slotChange();
    await el.updateComplete;
    expect(el.caption.has).to.equal(true);
    expect(el.shadowRoot!.querySelector('p')!.hidden).to.equal(false);
    el.querySelector('span')!.remove();
    await slotChange();
    await el.updateComplete;
    expect(el.caption.has).to.equal(false);
    expect(el.shadowRoot!.querySelector('p')!.hidden).to.equal(true);
  });

  it('looks through a forwarded slot: empty there is empty here', async () => {
    const outer = await fixture<LitElement>(html`<slot-forwarding-host></slot-forwarding-host>`);
    const inner = outer.shadowRoot!.querySelector<SlotHost>('slot-test-host')!;
    await slotChange();
    expect(inner.caption.has, 'only an empty slot is assigned').to.equal(false);
    const span = document.createElement('span');
    span.slot = 'caption';
    span.textContent = 'Hi';
    outer.append(span);
    await slotChange();
    expect(inner.caption.has).to.equal(true);
  });
});
