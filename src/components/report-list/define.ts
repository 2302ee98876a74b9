// Registers this element only: the elements it renders are registered by `incident-elements/define`
// (all of them) or, in the script-tag build, by the loader when they first appear (each its own chunk).
import { attachContextRoot } from '../../shared/context-root.js';
import { defineElement } from '../../shared/define-element.js';
import { IncReportList } from './report-list.js';

attachContextRoot();
defineElement('inc-report-list', IncReportList);

declare global {
  interface HTMLElementTagNameMap {
    'inc-report-list': IncReportList;
  }
}
