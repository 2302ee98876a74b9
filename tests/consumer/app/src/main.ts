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

// Every field of the format, diagrams in each input form and a body with every block type: the
// parsed output of this is what the README's snippet hands to the list, so it must be valid input.
const input = {
  title: 'Consumer test',
  description: 'Rendered from the *packed* tarball.',
  groups: [{ id: 'ops', title: 'Operations', description: 'Runbooks and **incidents**' }],
  reports: [
    {
      id: 'C-1',
      title: 'First consumer report',
      summary: 'Rendered from the packed tarball, see [docs](https://example.com/docs).',
      slug: 'first-consumer-report',
      status: 'RESOLVED',
      severity: 'SEV-2',
      tags: ['npm', 'NPM', 'vite'],
      category: 'Build',
      groups: ['ops'],
      date: '2026-05-10T14:30:00+05',
      updated: '2026-05-11',
      readingMinutes: 4,
      authors: [{ name: 'Ana', url: 'mailto:ana@example.com' }, { name: 'Ben' }],
      diagram: { ascii: ['npm pack ─▶ tarball', '   └─▶ app'], label: 'Pack flow', caption: 'How it ships' },
      outcomes: [{ label: 'install', value: '−40%' }],
      impact: 'Nobody, it is a *test*.',
      timeline: [
        { at: '2026-05-10T14:30:00Z', text: 'Packed' },
        { at: 'T+4 min', text: 'Installed with `npm`' },
      ],
      actionItems: [
        { text: 'Keep it green', done: true, owner: 'ci', url: 'https://example.com/ci' },
        { text: 'Call someone', url: 'tel:+15550100' },
      ],
      body: [
        { type: 'paragraph', text: 'A **body** with [a link](/x).' },
        { type: 'heading', text: 'Details', level: 3 },
        { type: 'list', items: ['one', 'two'], ordered: true },
        { type: 'code', code: 'npm pack', lang: 'sh', caption: 'The command' },
        { type: 'diagram', ascii: 'a ─▶ b', label: 'Tiny' },
        { type: 'quote', text: 'It works.', cite: 'Ana' },
        { type: 'callout', tone: 'warning', text: 'Mind the *lockfile*.' },
      ],
    },
    {
      id: 'C-2',
      title: 'Second consumer report',
      summary: 'Also rendered.',
      tags: ['vite'],
      diagram: 'x ─▶ y',
      url: '/reports/second',
    },
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
list.addEventListener('inc-error', (e) => {
  document.body.dataset.errors = `${document.body.dataset.errors ?? ''}${e.detail.reason}: ${e.detail.message} `;
});
// The README's snippet: parsed output goes straight back in as the list's collection.
list.collection = result.collection;

const app = document.querySelector('#app')!;
app.append(card, list);
// Runtime checks: the classes are the registered ones.
document.body.dataset.defined = String(
  customElements.get('inc-card') === IncCard && customElements.get('inc-report-list') === IncReportList,
);
