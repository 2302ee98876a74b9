import { defineElement } from '../../shared/define-element.js';
import { IncAsciiDiagram } from './ascii-diagram.js';

defineElement('inc-ascii-diagram', IncAsciiDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'inc-ascii-diagram': IncAsciiDiagram;
  }
}
