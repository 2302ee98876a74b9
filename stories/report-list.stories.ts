import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { PENDING_URL, installPendingFetch } from './support/pending-fetch.js';
import incidentReports from '../src/data/samples/incident-reports.json';
import datedNotes from '../src/data/samples/dated-notes.json';
import allPosts from '../src/data/samples/all-posts.json';

interface Args {
  theme: 'light' | 'dark' | 'terminal' | 'auto';
  groupBy?: 'group' | 'category' | 'year' | 'none';
  sort?: 'date-desc' | 'date-asc' | 'id' | 'title' | 'source';
  variant: 'card' | 'row';
  diagram: 'show' | 'collapsed' | 'hide';
  tags: string;
  match: 'any' | 'all';
  query: string;
  heading?: string;
  collection?: unknown;
  src?: string;
  windowing?: 'auto' | 'always' | 'never';
}

const meta: Meta<Args> = {
  title: 'Elements/inc-report-list',
  component: 'inc-report-list',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'terminal', 'auto'] },
    groupBy: { control: 'select', options: [undefined, 'group', 'category', 'year', 'none'] },
    sort: { control: 'select', options: [undefined, 'date-desc', 'date-asc', 'id', 'title', 'source'] },
    variant: { control: 'inline-radio', options: ['card', 'row'] },
    diagram: { control: 'inline-radio', options: ['show', 'collapsed', 'hide'] },
    match: { control: 'inline-radio', options: ['any', 'all'] },
    windowing: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
  },
  args: { theme: 'light', variant: 'card', diagram: 'show', tags: '', match: 'any', query: '' },
  render: (args) =>
    html`<inc-report-list
      theme=${args.theme}
      group-by=${args.groupBy ?? ''}
      sort=${args.sort ?? ''}
      variant=${args.variant}
      diagram=${args.diagram}
      tags=${args.tags}
      match=${args.match}
      .query=${args.query}
      heading=${ifDefined(args.heading)}
      .collection=${args.collection}
      src=${args.src ?? ''}
      windowing=${args.windowing ?? 'auto'}
    >
      <inc-tag-filter slot="filter" search></inc-tag-filter>
    </inc-report-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const IncidentReports: Story = {
  args: {
    collection: incidentReports,
    theme: 'terminal',
    sort: 'id',
    heading: '$ ls /var/reports — {count} entries',
  },
};
export const DatedNotes: Story = { args: { collection: datedNotes } };
export const AllPosts: Story = {
  // The sample's description is its count line ("25 posts so far."), as on the seed page.
  args: { collection: allPosts, groupBy: 'category', variant: 'row', heading: '' },
};
export const Dark: Story = { args: { collection: incidentReports, theme: 'dark', sort: 'id' } };
export const FilteredByTags: Story = {
  args: { collection: incidentReports, tags: 'Go,Kafka', match: 'any' },
};
export const GroupedByYear: Story = { args: { collection: allPosts, groupBy: 'year', variant: 'row' } };
/** 1,250 posts (the sample's 25, fifty times, each with a slug of its own): windowed, with "Show all". */
export const LongList: Story = {
  args: {
    collection: {
      ...allPosts,
      reports: Array.from({ length: 50 }, (_, round) =>
        allPosts.reports.map((post, i) => ({ ...post, slug: `post-${round * 25 + i + 1}` })),
      ).flat(),
    },
    groupBy: 'none',
    variant: 'row',
  },
};
export const Loading: Story = {
  render: () => {
    installPendingFetch();
    return html`<inc-report-list src=${PENDING_URL}></inc-report-list>`;
  },
};
export const FromSrc: Story = { args: { src: 'src/data/samples/incident-reports.json', sort: 'id' } };
export const Empty: Story = { args: { collection: { title: 'Nothing yet', reports: [] } } };
export const NoMatches: Story = { args: { collection: datedNotes, query: 'no such thing anywhere' } };
export const ContentError: Story = {
  args: {
    collection: {
      reports: [
        { id: 'INC-1', title: 'Fine' },
        { id: 'INC-1', title: 'Duplicate id', url: 'javascript:alert(1)', status: 'exploded' },
      ],
    },
  },
};
export const NetworkError: Story = { args: { src: 'src/data/samples/does-not-exist.json' } };
export const HostileText: Story = {
  args: {
    collection: {
      title: '<script>alert(1)</script> "quotes" </style>',
      reports: [
        {
          title: '<img src=x onerror=alert(1)> ‮reversed‬ zero​width',
          summary:
            '[click](javascript:alert(1)) {{constructor.constructor("alert(1)")()}} ' + 'x'.repeat(300),
          tags: ['<b>bold</b>', '"><svg onload=alert(1)>'],
        },
      ],
    },
  },
};
export const RightToLeft: Story = {
  args: { collection: datedNotes },
  render: (args) => html`<div dir="rtl" lang="ar">${meta.render!(args, {} as never)}</div>`,
};
