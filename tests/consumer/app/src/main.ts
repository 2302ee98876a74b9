// A consumer of the packed package: registers the elements, uses the classes, types and data API.
import 'incident-elements/define';
import {
  IncCard,
  IncReportList,
  CARD_VARIANTS,
  type CardVariant,
  type IncLoadDetail,
} from 'incident-elements';
import { parseCollection, type Collection, type Report } from 'incident-elements/data';

const input = {
  title: 'Consumer test',
  reports: [
    {
      id: 'C-1',
      title: 'First consumer report',
      summary: 'Rendered from the packed tarball.',
      tags: ['npm'],
    },
    { id: 'C-2', title: 'Second consumer report', summary: 'Also rendered.', tags: ['vite'] },
  ],
};

const result = parseCollection(input);
if (!result.ok) throw new Error(`parseCollection failed: ${JSON.stringify(result.issues)}`);
const collection: Collection = result.collection;
const first: Report | undefined = collection.reports[0];

// Type level: the tag-name map and the event map come with the package's declarations.
const card: IncCard = document.createElement('inc-card');
const variant: CardVariant = CARD_VARIANTS[1];
card.variant = variant;
// @ts-expect-error variant is 'card' | 'row', not any string
card.variant = 'grid';
// @ts-expect-error headingLevel is a number
card.headingLevel = '3';
if (first) card.report = first;

const list: IncReportList = document.createElement('inc-report-list');
list.addEventListener('inc-load', (e) => {
  const count: number = e.detail.count;
  const detail: IncLoadDetail = e.detail;
  document.body.dataset.loaded = String(count + 0 * detail.count);
});
list.collection = collection;

const app = document.querySelector('#app')!;
app.append(card, list);
// Runtime checks: the classes are the registered ones.
document.body.dataset.defined = String(
  customElements.get('inc-card') === IncCard && customElements.get('inc-report-list') === IncReportList,
);
