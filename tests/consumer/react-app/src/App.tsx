// The same tree on every page and on the server: INC-002 given as an object, and by id from a file
// whose first report is INC-001 (what a lost `reportId` would show).
import { IncCard } from 'incident-elements/react';
import type { Report } from 'incident-elements';

declare global {
  interface Window {
    /** What the cards reported, read by the consumer test. */
    incidentLog?: string[];
  }
}

const record = (entry: string) => {
  if (typeof window !== 'undefined') (window.incidentLog ??= []).push(entry);
};

export function App({ report }: { report: Report }) {
  return (
    <main>
      <h1>Incidents</h1>
      <IncCard
        data-check="by-object"
        report={report}
        variant="row"
        onIncLoad={(e) => record(`load by-object ${e.detail.count}`)}
        onIncError={(e) => record(`error by-object ${e.detail.reason}: ${e.detail.message}`)}
      />
      <IncCard
        data-check="by-id"
        src="/reports.json"
        reportId="INC-002"
        onIncLoad={(e) => record(`load by-id ${e.detail.count}`)}
        onIncError={(e) => record(`error by-id ${e.detail.reason}: ${e.detail.message}`)}
      />
    </main>
  );
}
