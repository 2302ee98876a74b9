// Type fixture for dist/jsx/preact.d.ts (checked only when preact is installed).
import type {} from 'incident-elements/jsx/preact';

export const card = (
  <inc-card class="featured" variant="row" report-id="INC-1" oninc-load={(e) => e.detail.count.toFixed()} />
);
export const filter = <inc-tag-filter for="reports" search limit={8} />;
// @ts-expect-error 'grid' is not a card variant
export const badVariant = <inc-card variant="grid" />;
