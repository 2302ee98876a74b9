import { defineElement } from '../../shared/define-element.js';
import { IncCodeBlock } from './code-block.js';

defineElement('inc-code-block', IncCodeBlock);

declare global {
  interface HTMLElementTagNameMap {
    'inc-code-block': IncCodeBlock;
  }
}
