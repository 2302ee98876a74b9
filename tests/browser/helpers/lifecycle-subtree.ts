// The subtree the lifecycle and heap tests churn: every kind of element, each in a realistic setup.
import { parseCollection, type Collection } from '../../../src/data/index.js';

export const DIAGRAM = ['client ──▶ api ──▶ db', '   │', '   └──▶ cache'];
export const input = {
  title: 'Lifecycle',
  groups: [
    { id: 'a', title: 'Alpha' },
    { id: 'b', title: 'Beta' },
  ],
  reports: [
    {
      id: 'L-1',
      title: 'Queue backlog',
      status: 'resolved',
      tags: ['Go', 'Kafka'],
      date: '2026-01-05',
      groups: ['a'],
      url: '/reports/l-1',
      diagram: DIAGRAM,
    },
    {
      id: 'L-2',
      title: 'Deep-linked body',
      summary: 'Opens in place.',
      status: 'investigating',
      tags: ['Python', 'Go'],
      date: '2026-02-10',
      groups: ['b'],
      body: [
        { type: 'paragraph', text: 'Body text.' },
        { type: 'code', code: 'SELECT 1;', lang: 'text' },
        { type: 'diagram', ascii: DIAGRAM },
      ],
    },
    {
      id: 'L-3',
      title: 'Cache storm',
      status: 'monitoring',
      tags: ['Redis'],
      date: '2025-11-01',
      groups: ['a', 'b'],
    },
    {
      id: 'L-4',
      title: 'Alpha order',
      status: 'operating',
      tags: ['Go', 'Redis'],
      date: '2026-03-01',
      groups: ['b'],
    },
  ],
};
export function collection(): Collection {
  const result = parseCollection(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.collection;
}

/** Every kind of element, each in a realistic setup, as one detached subtree. */
export function build(i: number): { root: HTMLElement; elements: HTMLElement[] } {
  const root = document.createElement('div');
  const list = document.createElement('inc-report-list');
  list.id = `lifecycle-list-${i}`;
  list.setAttribute('sync-url', '');
  list.collection = input; // raw: the list validates it
  const slotted = document.createElement('inc-tag-filter');
  slotted.setAttribute('slot', 'filter');
  slotted.setAttribute('search', '');
  list.append(slotted);
  const external = document.createElement('inc-tag-filter');
  external.setAttribute('for', list.id);
  const card = document.createElement('inc-card');
  card.report = collection().reports[1]!; // body, no url: deep-link listeners
  const report = document.createElement('inc-report');
  (report as unknown as { report: unknown }).report = collection().reports[1];
  const diagram = document.createElement('inc-ascii-diagram');
  diagram.setAttribute('ascii', DIAGRAM.join('\n'));
  diagram.setAttribute('fit', 'shrink');
  const code = document.createElement('inc-code-block');
  code.textContent = 'const x = 1;\nconsole.log(x);';
  root.append(list, external, card, report, diagram, code);
  return { root, elements: [list, slotted, external, card, report, diagram, code] };
}
