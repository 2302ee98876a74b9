import { defineElement } from '../../shared/define-element.js';
import '../card/define.js';
import '../tag-filter/define.js';
import { IncReportList } from './report-list.js';

defineElement('inc-report-list', IncReportList);

declare global {
  interface HTMLElementTagNameMap {
    'inc-report-list': IncReportList;
  }
}
