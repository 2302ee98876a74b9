// Type fixture for dist/jsx/solid.d.ts (checked only when solid-js is installed).
import type {} from 'incident-elements/jsx/solid';

export const card = (
  <inc-card class="featured" variant="row" report-id="INC-1" oninc-load={(e) => e.detail.count.toFixed()} />
);
export const diagram = <inc-ascii-diagram fit="shrink" no-copy />;
// @ts-expect-error 'grid' is not a card variant
export const badVariant = <inc-card variant="grid" />;
