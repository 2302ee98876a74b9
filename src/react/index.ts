/**
 * incident-elements/react: React components for every element, made with `@lit/react`. They set
 * object-valued props (`report`, `collection`, `diagram`, `strings`) as properties and camelCase
 * ones (`reportId`) under their real attribute, whatever the order of rendering and registration
 * (server rendering, hydration, late `define`), and map the events to `onIncLoad`, `onIncError`….
 * Importing this module registers the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { IncAsciiDiagram as AsciiDiagramElement } from '../components/ascii-diagram/ascii-diagram.js';
import { IncCard as CardElement } from '../components/card/card.js';
import { IncCodeBlock as CodeBlockElement } from '../components/code-block/code-block.js';
import { IncReport as ReportElement } from '../components/report/report.js';
import { IncReportList as ReportListElement } from '../components/report-list/report-list.js';
import { IncTagFilter as TagFilterElement } from '../components/tag-filter/tag-filter.js';
import type { IncEventMap } from '../shared/events.js';
import '../define.js';

const event = <K extends keyof IncEventMap>(name: K) => name as EventName<IncEventMap[K]>;

/** Every element fires `inc-error` (content problems, or an object given as an attribute). */
const errors = { onIncError: event('inc-error') };
const loading = { onIncLoad: event('inc-load'), ...errors };

/** `<inc-report-list>`: `collection`, `onIncLoad`, `onIncError`, `onIncFilterChange`. */
export const IncReportList = createComponent({
  react: React,
  tagName: 'inc-report-list',
  elementClass: ReportListElement,
  events: { ...loading, onIncFilterChange: event('inc-filter-change') },
  displayName: 'IncReportList',
});

/** `<inc-card>`: `report` (or `src` + `reportId`), `onIncLoad`, `onIncError`. */
export const IncCard = createComponent({
  react: React,
  tagName: 'inc-card',
  elementClass: CardElement,
  events: loading,
  displayName: 'IncCard',
});

/** `<inc-report>`: `report` (or `src` + `reportId`), `onIncLoad`, `onIncError`. */
export const IncReport = createComponent({
  react: React,
  tagName: 'inc-report',
  elementClass: ReportElement,
  events: loading,
  displayName: 'IncReport',
});

/** `<inc-tag-filter>`, inside an `IncReportList` (or connected with `for`). */
export const IncTagFilter = createComponent({
  react: React,
  tagName: 'inc-tag-filter',
  elementClass: TagFilterElement,
  events: errors,
  displayName: 'IncTagFilter',
});

/** `<inc-ascii-diagram>`: `diagram` or `ascii`, `onIncCopy`. */
export const IncAsciiDiagram = createComponent({
  react: React,
  tagName: 'inc-ascii-diagram',
  elementClass: AsciiDiagramElement,
  events: { ...errors, onIncCopy: event('inc-copy') },
  displayName: 'IncAsciiDiagram',
});

/** `<inc-code-block>`: `code`, `language`, `onIncHighlight`, `onIncCopy`. */
export const IncCodeBlock = createComponent({
  react: React,
  tagName: 'inc-code-block',
  elementClass: CodeBlockElement,
  events: { ...errors, onIncHighlight: event('inc-highlight'), onIncCopy: event('inc-copy') },
  displayName: 'IncCodeBlock',
});
