import { defineElement } from '../../shared/define-element.js';
import '../ascii-diagram/define.js';
import '../report/define.js';
import { IncCard } from './card.js';

defineElement('inc-card', IncCard);

declare global {
  interface HTMLElementTagNameMap {
    'inc-card': IncCard;
  }
}
