import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { parseCollection, type Report } from '../src/data/index.js';
import incidentReports from '../src/data/samples/incident-reports.json';
import datedNotes from '../src/data/samples/dated-notes.json';
import allPosts from '../src/data/samples/all-posts.json';

function withBody(input: unknown): Report {
  const result = parseCollection(input);
  if (!result.ok) throw new Error('sample does not parse');
  return result.collection.reports.find((r) => r.body.length > 0)!;
}

interface Args {
  report: Report;
  theme: 'light' | 'dark' | 'terminal' | 'auto';
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Elements/inc-report',
  component: 'inc-report',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'terminal', 'auto'] },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
  },
  args: { report: withBody(incidentReports), theme: 'light', headingLevel: 2 },
  render: (args) =>
    html`<inc-report
      .report=${args.report}
      theme=${args.theme}
      heading-level=${args.headingLevel}
    ></inc-report>`,
};
export default meta;
type Story = StoryObj<Args>;

export const IncidentPostmortem: Story = {};
export const DatedNote: Story = { args: { report: withBody(datedNotes) } };
export const BlogPost: Story = { args: { report: withBody(allPosts) } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Terminal: Story = { args: { theme: 'terminal' } };
export const FromSrc: Story = {
  render: () =>
    html`<inc-report src="src/data/samples/incident-reports.json" report-id="INC-002"></inc-report>`,
};
export const OpensInPlaceFromACard: Story = {
  render: () => {
    const report = withBody(datedNotes);
    return html`<inc-card .report=${report}></inc-card>`;
  },
};
