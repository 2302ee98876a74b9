// <inc-code-block> under `default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'`: highlighted, coloured, and not one violation.
import { expect } from '@open-wc/testing';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}
type StrictWindow = Window &
  typeof globalThis & { cspViolations: Violation[]; codeBlocksReady: Promise<boolean[]> };

const PAGE = '/tests/browser/pages/strict-code.html';

/** Loads a page in an iframe and resolves with its window once loaded. */
async function openPage(url: string): Promise<StrictWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as StrictWindow;
}

/** Violation events are queued as tasks: give them time to arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('inc-code-block under a strict CSP with Trusted Types', () => {
  it('is served without inline script or style (the dev server only adds an external script)', async () => {
    const served = await (await fetch(PAGE)).text();
    expect(served).to.contain('require-trusted-types-for');
    const scripts = served.match(/<script\b[^>]*>/g) ?? [];
    // The dev server adds `<script type="module" src="/__web-dev-server__web-socket.js">`: same origin,
    // external, so `script-src 'self'` allows it. Nothing inline.
    for (const tag of scripts) expect(tag, tag).to.match(/\ssrc="(\.?\/)[^"]*"|type="text\/plain"/);
    expect(served).to.not.match(/<style\b|\sstyle=/);
  });

  it('highlights every block with coloured tokens and causes no violation', async () => {
    const win = await openPage(PAGE);
    expect(await win.codeBlocksReady).to.deep.equal([true, true, true]);
    await settle();
    expect(win.cspViolations).to.deep.equal([]);
    for (const block of win.document.querySelectorAll('inc-code-block')) {
      const code = block.shadowRoot!.querySelector('[part~="code"]')!;
      const tokens = [...code.querySelectorAll<HTMLElement>('span[style]')];
      expect(tokens.length, block.getAttribute('language')!).to.be.greaterThan(2);
      const plain = win.getComputedStyle(code).color;
      expect(
        tokens.some((t) => win.getComputedStyle(t).color !== plain),
        'coloured',
      ).to.equal(true);
      expect(block.shadowRoot!.querySelector('script, img')).to.equal(null);
    }
    const go = win.document.querySelector('inc-code-block[language="go"]')!;
    expect(go.shadowRoot!.querySelector('[part~="code"]')!.textContent).to.equal(
      'func main() { ch := make(chan<- int, 1); ch <- 1 }',
    );
    // The copy button and its live region work there too.
    Object.defineProperty(win.navigator.clipboard, 'writeText', {
      value: () => Promise.resolve(),
      configurable: true,
    });
    go.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(go.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal('Copied');
    await settle();
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('really enforces the policy there (so no violation means something)', async () => {
    const win = await openPage(PAGE);
    await win.codeBlocksReady;
    await settle();
    const probe = win.document.createElement('div');
    win.document.body.append(probe);
    // Styles through the CSSOM are allowed (that is how tokens are coloured)…
    probe.style.color = 'rgb(1, 2, 3)';
    expect(win.getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
    await settle();
    expect(win.cspViolations).to.deep.equal([]);
    // …a style attribute in markup is not.
    probe.setAttribute('style', 'color: rgb(4, 5, 6)');
    await settle();
    expect(win.cspViolations.map((v) => v.directive)).to.include.members(['style-src-attr']);
    // And an HTML string cannot reach a sink (Trusted Types: Chromium, and Firefox since 147 or so).
    if ('trustedTypes' in win) {
      let error: unknown;
      try {
        probe.innerHTML = '<b>x</b>';
      } catch (e) {
        error = e;
      }
      expect(error, 'innerHTML with a string throws').to.be.instanceOf(
        (win as unknown as typeof globalThis).TypeError,
      );
      expect(probe.innerHTML).to.equal('');
    }
  });
});
