import { attachContextRoot } from '../../shared/context-root.js';
import { defineElement } from '../../shared/define-element.js';
import { IncTagFilter } from './tag-filter.js';

attachContextRoot();
defineElement('inc-tag-filter', IncTagFilter);

declare global {
  interface HTMLElementTagNameMap {
    'inc-tag-filter': IncTagFilter;
  }
}
