// Type fixture for dist/jsx.d.ts with no framework: a hand-written JSX namespace built on
// `IncidentElementsJSX`. Checked by tests/build/editor-data.test.ts (jsx: preserve).
import type { IncidentElementsJSX } from 'incident-elements/jsx';

declare global {
  namespace JSX {
    type Element = unknown;
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IncidentElementsJSX {}
  }
}

export const card = (
  <inc-card variant="row" report-id="INC-1" heading-level={3} oninc-load={(e) => e.detail.count.toFixed()} />
);
export const list = <inc-report-list group-by="year" sort="date-asc" sync-url match="all" />;
export const code = <inc-code-block language="sql" line-numbers oninc-copy={(e) => e.detail.ok} />;
// @ts-expect-error 'grid' is not a card variant
export const badVariant = <inc-card variant="grid" />;
// @ts-expect-error heading-level is a number
export const badLevel = <inc-report heading-level="2" />;
// @ts-expect-error the detail count is a number
export const badEvent = <inc-report-list oninc-load={(e) => e.detail.count.toUpperCase()} />;
// @ts-expect-error not an element of this library
export const unknownTag = <inc-nothing />;
// Only what works whatever the registration timing: before the element is defined, a framework can
// set attributes only, so `reportId` would become `reportid` and an object "[object Object]".
// @ts-expect-error camelCase property: use report-id
export const camelCase = <inc-card reportId="INC-1" />;
// @ts-expect-error object-valued property: set it from script, or use incident-elements/react
export const objectValued = <inc-card report={{}} />;
