import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { PENDING_URL, installPendingFetch } from './support/pending-fetch.js';
import { parseCollection, type Report } from '../src/data/index.js';
import incidentReports from '../src/data/samples/incident-reports.json';
import allPosts from '../src/data/samples/all-posts.json';
import datedNotes from '../src/data/samples/dated-notes.json';

function reportsOf(input: unknown): Report[] {
  const result = parseCollection(input);
  return result.ok ? result.collection.reports : [];
}
const incident = reportsOf(incidentReports)[1]!;
const post = reportsOf(allPosts)[0]!;
const note = reportsOf(datedNotes)[0]!;
const everything = reportsOf({
  reports: [
    {
      id: 'INC-042',
      status: 'postmortem',
      severity: 'SEV-1',
      title: 'The NOT NULL migration that locked the users table',
      summary:
        'A `NOT NULL` column with a default rewrote **2.4M rows** under an exclusive lock. [Timeline](#timeline)',
      tags: ['PostgreSQL', 'Migrations', 'Django'],
      category: 'Database',
      date: '2026-03-15',
      readingMinutes: 10,
      url: '/reports/not-null-migration',
      outcomes: [
        { label: 'downtime', value: '14 min' },
        { label: 'rows rewritten', value: '2.4M' },
      ],
      diagram: [
        'app ──▶ ALTER TABLE users',
        '         │ ACCESS EXCLUSIVE',
        '         ▼',
        '   every query waits',
      ],
    },
  ],
})[0]!;

interface Args {
  report: Report;
  variant: 'card' | 'row';
  diagram: 'show' | 'collapsed' | 'hide';
  theme: 'light' | 'dark' | 'terminal' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Elements/inc-card',
  component: 'inc-card',
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'row'] },
    diagram: { control: 'inline-radio', options: ['show', 'collapsed', 'hide'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'terminal', 'auto'] },
  },
  args: { report: everything, variant: 'card', diagram: 'show', theme: 'light' },
  render: (args) =>
    html`<inc-card
      .report=${args.report}
      variant=${args.variant}
      diagram=${args.diagram}
      theme=${args.theme}
    ></inc-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const EveryField: Story = {};
export const Incident: Story = { args: { report: incident } };
export const Post: Story = { args: { report: post } };
export const NoteWithoutTitle: Story = { args: { report: note } };
export const Row: Story = { args: { variant: 'row' } };
export const DiagramCollapsed: Story = { args: { diagram: 'collapsed' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Terminal: Story = { args: { theme: 'terminal', report: incident } };
export const LongText: Story = {
  args: {
    report: {
      ...everything,
      title: 'A very long title '.repeat(8),
      summary: 'Supercalifragilistic'.repeat(20),
    },
  },
};
export const Standalone: Story = {
  render: () => html`<inc-card src="src/data/samples/incident-reports.json" report-id="INC-004"></inc-card>`,
};
export const NotFound: Story = {
  render: () => html`<inc-card src="src/data/samples/incident-reports.json" report-id="INC-999"></inc-card>`,
};
export const Loading: Story = {
  render: () => {
    installPendingFetch();
    return html`<inc-card src=${PENDING_URL} report-id="INC-001"></inc-card>`;
  },
};
export const NetworkError: Story = {
  render: () => html`<inc-card src="src/data/samples/does-not-exist.json" report-id="INC-001"></inc-card>`,
};
export const HostileText: Story = {
  args: {
    report: {
      ...everything,
      title: '<img src=x onerror=alert(1)> "quotes" </style>',
      summary: '[click](javascript:alert(1)) <script>alert(1)</script> ‮reversed‬',
      tags: ['<b>bold</b>', '"><svg onload=alert(1)>'],
    },
  },
};
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <inc-card
        .report=${args.report}
        variant=${args.variant}
        diagram=${args.diagram}
        theme=${args.theme}
      ></inc-card>
    </div>`,
};
