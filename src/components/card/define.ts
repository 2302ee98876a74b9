// Registers this element only: the elements it renders are registered by `incident-elements/define`
// (all of them) or, in the script-tag build, by the loader when they first appear (each its own chunk).
import { attachContextRoot } from '../../shared/context-root.js';
import { defineElement } from '../../shared/define-element.js';
import { IncCard } from './card.js';

attachContextRoot();
defineElement('inc-card', IncCard);

declare global {
  interface HTMLElementTagNameMap {
    'inc-card': IncCard;
  }
}
