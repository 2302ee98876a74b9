// What <inc-code-block> fetches, seen through Resource Timing: nothing of Shiki until a block needs
// it, nothing for plain text, then one chunk per language and per theme. Its own file, so the page
// starts with nothing loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/code-block/define.js';
import type { IncCodeBlock } from '../../src/components/code-block/code-block.js';

// The default buffer (250 entries) fills up with the unbundled test page's own modules.
performance.setResourceTimingBufferSize(10_000);

const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
/** Anything of Shiki: its core, engines, grammars, themes, the regex translator, our lazy chunk. */
const shikiRequests = () =>
  requested().filter((path) => /shiki|oniguruma|vscode-textmate|code-block\/shiki\./.test(path));
/** The file names (`sql.mjs`) of the grammar or theme modules requested. */
const modules = (kind: 'langs' | 'themes') =>
  requested()
    .filter((path) => path.includes(`/@shikijs/${kind}/`))
    .map((path) => path.slice(path.lastIndexOf('/') + 1))
    .sort();

describe('inc-code-block loading', () => {
  it('loads nothing of Shiki before a code block exists', () => {
    expect(customElements.get('inc-code-block')).to.exist;
    expect(
      requested().some((path) => path.includes('/code-block/')),
      'the element itself loaded',
    ).to.equal(true);
    expect(shikiRequests()).to.deep.equal([]);
  });

  it('loads nothing of Shiki for plain text or an unknown language', async () => {
    for (const language of ['', 'text', 'brainfuck', 'en', '__proto__']) {
      const el = await fixture<IncCodeBlock>(
        html`<inc-code-block language=${language}>a = 1</inc-code-block>`,
      );
      expect(await el.highlightComplete).to.equal(false);
    }
    const human = await fixture<IncCodeBlock>(html`<inc-code-block lang="en">a = 1</inc-code-block>`);
    expect(await human.highlightComplete).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shikiRequests()).to.deep.equal([]);
  });

  it('loads the core, the JavaScript engine, and exactly the languages and theme in use', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <inc-code-block language="sql">SELECT 1;</inc-code-block>
        <inc-code-block language="go">package main</inc-code-block>
        <inc-code-block language="postgresql">SELECT 2;</inc-code-block>
      </div>`,
    );
    const blocks = [...wrapper.querySelectorAll('inc-code-block')];
    expect(await Promise.all(blocks.map((b) => b.highlightComplete))).to.deep.equal([true, true, true]);
    expect(modules('langs')).to.deep.equal(['go.mjs', 'sql.mjs']);
    expect(modules('themes')).to.deep.equal(['github-light.mjs']);
    const shiki = shikiRequests();
    expect(shiki.some((path) => path.includes('engine-javascript'))).to.equal(true);
    expect(
      shiki.some((path) => /engine-oniguruma|\.wasm$/.test(path)),
      'no WebAssembly engine',
    ).to.equal(false);
    expect(
      shiki.some((path) => /bundle-|\/langs\.mjs|\/themes\.mjs/.test(path)),
      'no bundles',
    ).to.equal(false);
  });

  it('reuses what is loaded and fetches a theme only when a block needs it', async () => {
    const before = requested().length;
    const sql = await fixture<IncCodeBlock>(html`<inc-code-block language="sql">SELECT 3;</inc-code-block>`);
    expect(await sql.highlightComplete).to.equal(true);
    expect(modules('langs')).to.deep.equal(['go.mjs', 'sql.mjs']);
    expect(requested().length, 'nothing new').to.equal(before);
    const dark = await fixture<IncCodeBlock>(
      html`<inc-code-block language="sql" theme="dark">SELECT 4;</inc-code-block>`,
    );
    expect(await dark.highlightComplete).to.equal(true);
    expect(modules('themes')).to.deep.equal(['github-dark.mjs', 'github-light.mjs']);
    expect(modules('langs')).to.deep.equal(['go.mjs', 'sql.mjs']);
  });
});
