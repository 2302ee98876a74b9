import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import allPosts from '../src/data/samples/all-posts.json';

interface Args {
  search: boolean;
  limit: number;
  theme: 'light' | 'dark' | 'terminal' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Elements/inc-tag-filter',
  component: 'inc-tag-filter',
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'terminal', 'auto'] } },
  args: { search: true, limit: 10, theme: 'light' },
  render: (args) =>
    html`<inc-report-list .collection=${allPosts} theme=${args.theme} variant="row" diagram="hide">
      <inc-tag-filter slot="filter" ?search=${args.search} limit=${args.limit}></inc-tag-filter>
    </inc-report-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const InsideAList: Story = {};
export const AllTags: Story = { args: { limit: 0, search: false } };
export const Dark: Story = { args: { theme: 'dark' } };
export const ConnectedWithFor: Story = {
  render: () =>
    html`<aside><inc-tag-filter for="story-list" search limit="6"></inc-tag-filter></aside>
      <inc-report-list id="story-list" .collection=${allPosts} variant="row"></inc-report-list>`,
};
export const Terminal: Story = { args: { theme: 'terminal' } };
export const SearchOnlyWithoutTags: Story = {
  render: () =>
    html`<inc-report-list .collection=${{ reports: [{ title: 'No tags here' }, { title: 'Nor here' }] }}>
      <inc-tag-filter slot="filter" search></inc-tag-filter>
    </inc-report-list>`,
};
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ar">${meta.render!(args, {} as never)}</div>`,
};
