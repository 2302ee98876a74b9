// The shared base styles come from the base class: an element declares only its own sheet and still
// gets the tokens, the themes and the `.inc-root` boundary, first, so its own rules win.
import { expect, fixture, html } from '@open-wc/testing';
import { css, type CSSResult } from 'lit';
import '../../src/define.js';
import {
  IncAsciiDiagram,
  IncCard,
  IncCodeBlock,
  IncElement,
  IncReport,
  IncReportList,
  IncTagFilter,
} from '../../src/index.js';
import { baseStyles } from '../../src/shared/base.styles.js';
import { TOKENS } from '../../src/shared/tokens.js';

class BaseStylesProbe extends IncElement {
  static override styles = css`
    .own {
      letter-spacing: 3px;
    }
  `;
  override render() {
    return html`<div class="inc-root"><span class="own">probe</span></div>`;
  }
}
customElements.define('base-styles-probe', BaseStylesProbe);

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('base styles from the base class', () => {
  it('an element that declares only its own sheet gets the base styles, first', async () => {
    const el = await fixture<BaseStylesProbe>(html`<base-styles-probe theme="dark"></base-styles-probe>`);
    expect(BaseStylesProbe.elementStyles[0] === baseStyles, 'base styles first').to.equal(true);
    expect(BaseStylesProbe.elementStyles).to.have.length(2);
    const root = el.shadowRoot!.querySelector('.inc-root')!;
    const own = el.shadowRoot!.querySelector('.own')!;
    // The theme's text colour (base) and the element's own rule both apply.
    expect(getComputedStyle(root).color).to.equal(rgb(TOKENS.dark['color-text']));
    expect(getComputedStyle(own).letterSpacing).to.equal('3px');
    // Native parts (scrollbars in Firefox) follow the theme, not the page.
    expect(getComputedStyle(root).colorScheme).to.equal(TOKENS.dark['color-scheme']);
  });

  it('the boundary still drops what the host page sets', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="letter-spacing: 9px; text-transform: uppercase; line-height: 7">
        <base-styles-probe></base-styles-probe>
      </div>`,
    );
    const root = wrapper.querySelector('base-styles-probe')!.shadowRoot!.querySelector('.inc-root')!;
    const style = getComputedStyle(root);
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textTransform).to.equal('none');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
  });

  for (const Element of [IncCard, IncReportList, IncTagFilter, IncAsciiDiagram, IncReport, IncCodeBlock]) {
    it(`${Element.name}: base styles once, before its own`, () => {
      const styles = Element.elementStyles as CSSResult[];
      expect(styles[0] === baseStyles, 'base styles first').to.equal(true);
      expect(styles.filter((s) => s === baseStyles)).to.have.length(1);
    });
  }
});
