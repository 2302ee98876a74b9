import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { COPY_RESET_MS, CopyController, type CopyStatus } from './copy-controller.js';
import type { IncCopyDetail } from './events.js';
import { stubClipboard, stubExecCommand } from '../../tests/browser/helpers/clipboard.js';

/** A tiny host: one copy button over a text, recording the status of every update. */
class CopyHost extends LitElement {
  text = 'hello';
  readonly seen: CopyStatus[] = [];
  readonly copier = new CopyController(this, () => this.text);

  override render() {
    return html`<button>Copy</button><span role="status">${this.copier.message((key) => key)}</span>`;
  }

  override updated(): void {
    this.seen.push(this.copier.status);
  }
}
customElements.define('copy-test-host', CopyHost);

const denied = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));

describe('CopyController', () => {
  it('copies with the Clipboard API, says "copied" and fires inc-copy with the text', async () => {
    let copied = '';
    const restore = stubClipboard((text) => {
      copied = text;
      return Promise.resolve();
    });
    const exec = stubExecCommand(true);
    try {
      const el = await fixture<CopyHost>(html`<copy-test-host></copy-test-host>`);
      const event = oneEvent(el, 'inc-copy');
      expect(await el.copier.copy()).to.equal(true);
      expect(((await event) as CustomEvent<IncCopyDetail>).detail).to.deep.equal({ text: 'hello', ok: true });
      expect(copied).to.equal('hello');
      expect(exec.selected, 'no fallback needed').to.deep.equal([]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('copied');
    } finally {
      exec.restore();
      restore();
    }
  });

  for (const [name, writeText] of [
    ['denied', denied],
    ['missing (plain HTTP)', undefined],
  ] as const) {
    it(`falls back to a selected text area when the Clipboard API is ${name}`, async () => {
      const restore = stubClipboard(writeText);
      const exec = stubExecCommand(true);
      try {
        const el = await fixture<CopyHost>(html`<copy-test-host></copy-test-host>`);
        const button = el.shadowRoot!.querySelector('button')!;
        button.focus();
        expect(await el.copier.copy()).to.equal(true);
        expect(exec.selected).to.deep.equal(['copy:hello']);
        expect(el.copier.status).to.equal('copied');
        expect(el.shadowRoot!.querySelector('textarea'), 'the text area is gone').to.equal(null);
        expect(el.shadowRoot!.activeElement, 'focus is back on the button').to.equal(button);
      } finally {
        exec.restore();
        restore();
      }
    });
  }

  it('never throws: both ways failing is "failed", ok: false, and no text area left', async () => {
    const restore = stubClipboard(denied);
    const exec = stubExecCommand('throw');
    try {
      const el = await fixture<CopyHost>(html`<copy-test-host></copy-test-host>`);
      const event = oneEvent(el, 'inc-copy');
      expect(await el.copier.copy()).to.equal(false);
      expect(((await event) as CustomEvent<IncCopyDetail>).detail).to.deep.equal({
        text: 'hello',
        ok: false,
      });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('copyFailed');
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    } finally {
      exec.restore();
      restore();
    }
  });

  it('goes back to idle before a second copy, so it is announced again, and after the reset time', async () => {
    const restore = stubClipboard(() => Promise.resolve());
    try {
      const el = await fixture<CopyHost>(html`<copy-test-host></copy-test-host>`);
      await el.copier.copy();
      await el.updateComplete;
      await el.copier.copy();
      await el.updateComplete;
      expect(el.seen).to.deep.equal(['idle', 'copied', 'idle', 'copied']);
      await aTimeout(COPY_RESET_MS + 100);
      await el.updateComplete;
      expect(el.copier.status).to.equal('idle');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    } finally {
      restore();
    }
  });

  it('drops its status and timer when the host is disconnected', async () => {
    const restore = stubClipboard(() => Promise.resolve());
    try {
      const el = await fixture<CopyHost>(html`<copy-test-host></copy-test-host>`);
      await el.copier.copy();
      el.remove();
      expect(el.copier.status).to.equal('idle');
      await el.updateComplete;
      expect(el.seen.at(-1), 'the idle state is rendered').to.equal('idle');
      const updates = el.seen.length;
      await aTimeout(COPY_RESET_MS + 100);
      expect(el.seen.length, 'no update from a stale timer').to.equal(updates);
    } finally {
      restore();
    }
  });

  it('leaves no status or timer when the clipboard answers after the host has left the page', async () => {
    let answer: () => void = () => undefined;
    const restore = stubClipboard(() => new Promise<void>((resolve) => (answer = resolve)));
    try {
      const el = await fixture<CopyHost>(html`<copy-test-host></copy-test-host>`);
      const copied = oneEvent(el, 'inc-copy');
      const copying = el.copier.copy();
      el.remove();
      answer();
      expect(await copying, 'the text did reach the clipboard').to.equal(true);
      expect(((await copied) as CustomEvent<IncCopyDetail>).detail.ok).to.equal(true);
      expect(el.copier.status, 'a removed host shows no status').to.equal('idle');
      await el.updateComplete;
      const updates = el.seen.length;
      await aTimeout(COPY_RESET_MS + 100);
      expect(el.seen.length, 'no update from a timer started after removal').to.equal(updates);
    } finally {
      restore();
    }
  });
});
