import { expect, waitUntil } from '@open-wc/testing';

/** Loads a page in an iframe and resolves with its window once loaded. */
async function openPage(url: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

describe('the script-tag bundle', () => {
  it('needs no file but itself, its lazy chunks and the content', async () => {
    const win = await openPage('/tests/browser/pages/script-tag.html');
    const list = win.document.querySelector('inc-report-list')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('inc-card').length === 7, 'the list renders', {
      timeout: 5000,
    });
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server injects its own live-reload socket into every page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    for (const path of requested) {
      expect(
        path.startsWith('/dist/cdn/') || path === '/src/data/samples/incident-reports.json',
        `unexpected request ${path}`,
      ).to.equal(true);
    }
    expect(requested).to.include('/src/data/samples/incident-reports.json');
    expect(win.customElements.get('inc-card')).to.exist;
    expect(win.customElements.get('inc-tag-filter')).to.exist;
    expect(win.customElements.get('inc-ascii-diagram')).to.exist;
  });
});
