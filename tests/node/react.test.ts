// The React components (incident-elements/react) under React's own server renderer: what React
// would print for a bare custom element before it is defined is exactly what must not happen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as wrappers from '../../src/react/index.js';
import { IncCard, IncReportList } from '../../src/react/index.js';
import { parsesOk, readJson } from './helpers.js';

const input = readJson('src/data/samples/incident-reports.json');
const report = parsesOk(input).collection.reports[1]!;

describe('incident-elements/react', () => {
  it('has a component for every element', () => {
    assert.deepEqual(Object.keys(wrappers).sort(), [
      'IncAsciiDiagram',
      'IncCard',
      'IncCodeBlock',
      'IncReport',
      'IncReportList',
      'IncTagFilter',
    ]);
  });

  it('never turns an object or a camelCase property into an attribute', () => {
    const html = renderToString(
      createElement(
        'div',
        null,
        createElement(IncCard, { report, reportId: report.id, variant: 'row', onIncLoad: () => undefined }),
        createElement(IncReportList, { collection: input, className: 'reports' }),
      ),
    );
    assert.ok(html.includes('<inc-card'), html);
    assert.ok(html.includes('<inc-report-list class="reports"'), html);
    assert.ok(!html.includes('[object Object]'), html);
    assert.ok(!/reportid|reportId/i.test(html), html);
  });

  it('where plain JSX would (the failure the components avoid)', () => {
    const html = renderToString(createElement('inc-card', { report, reportId: report.id }));
    assert.match(html, /report="\[object Object\]"|reportid|reportId/);
  });
});
