import { defineElement } from '../../shared/define-element.js';
import '../ascii-diagram/define.js';
import '../code-block/define.js';
import { IncReport } from './report.js';

defineElement('inc-report', IncReport);

declare global {
  interface HTMLElementTagNameMap {
    'inc-report': IncReport;
  }
}
