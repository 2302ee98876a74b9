// Type fixture for dist/react (the @lit/react components), checked only when @types/react is installed.
import { IncCard, IncCodeBlock, IncReportList } from 'incident-elements/react';
import type { Report } from 'incident-elements';

declare const report: Report;
export const card = (
  <IncCard report={report} reportId="INC-1" variant="row" onIncLoad={(e) => e.detail.count.toFixed()} />
);
export const list = (
  <IncReportList collection={{ reports: [] }} groupBy="year" onIncFilterChange={(e) => e.detail.tags} />
);
export const code = <IncCodeBlock code="SELECT 1;" onIncHighlight={(e) => e.detail.language.toUpperCase()} />;
// @ts-expect-error 'grid' is not a card variant
export const badVariant = <IncCard variant="grid" />;
// @ts-expect-error the detail count is a number
export const badEvent = <IncCard onIncError={(e) => e.detail.count} />;
