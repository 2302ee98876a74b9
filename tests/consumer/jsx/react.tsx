// Type fixture for dist/jsx/react.d.ts (checked only when @types/react is installed).
import type {} from 'incident-elements/jsx/react';
import type { IncCard } from 'incident-elements';

const ref = { current: null as IncCard | null };
export const card = (
  <inc-card
    ref={ref}
    className="featured"
    variant="row"
    report-id="INC-1"
    heading-level={3}
    oninc-load={(e) => e.detail.count.toFixed()}
  />
);
export const list = (
  <inc-report-list id="reports" group-by="year" sync-url oninc-filter-change={(e) => e.detail.tags} />
);
// @ts-expect-error 'grid' is not a card variant
export const badVariant = <inc-card variant="grid" />;
// @ts-expect-error the detail count is a number
export const badEvent = <inc-card oninc-load={(e) => e.detail.count.toUpperCase()} />;
// @ts-expect-error camelCase property: React writes it as the attribute "reportid" before the element is defined
export const camelCase = <inc-card reportId="INC-1" />;
// @ts-expect-error object-valued property: it would become report="[object Object]"; use incident-elements/react
export const objectValued = <inc-card report={{}} />;
