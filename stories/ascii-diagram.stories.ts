import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/ascii-diagram/define.js';
import {
  FALLBACK_DIAGRAM,
  SEED_DIAGRAMS,
  WIDE_DIAGRAM,
} from '../src/components/ascii-diagram/ascii-diagram.samples.js';
import type { DiagramLike } from '../src/components/ascii-diagram/cells.js';
import { TOKENS } from '../src/shared/tokens.js';

interface Args {
  diagram: DiagramLike;
  theme: 'light' | 'dark' | 'terminal' | 'auto';
  fit: 'scroll' | 'shrink';
  label: string;
  caption: string;
  noCopy: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/inc-ascii-diagram',
  component: 'inc-ascii-diagram',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'terminal', 'auto'] },
    fit: { control: 'inline-radio', options: ['scroll', 'shrink'] },
    label: { control: 'text' },
    caption: { control: 'text' },
    noCopy: { control: 'boolean' },
  },
  args: { diagram: SEED_DIAGRAMS[1]!, theme: 'light', fit: 'scroll', label: '', caption: '', noCopy: false },
  render: (args) =>
    html`<inc-ascii-diagram
      .diagram=${args.diagram}
      theme=${args.theme}
      fit=${args.fit}
      label=${args.label}
      caption=${args.caption}
      ?no-copy=${args.noCopy}
    ></inc-ascii-diagram>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The lane-isolation diagram from the seed reports. */
export const Default: Story = {};

/** Every seed report's diagram, one after another. */
export const SeedDiagrams: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 1.5rem; max-width: 48rem">
      ${SEED_DIAGRAMS.map(
        (diagram) =>
          html`<inc-ascii-diagram
            .diagram=${diagram}
            theme=${args.theme}
            fit=${args.fit}
          ></inc-ascii-diagram>`,
      )}
    </div>`,
};

/** CJK takes two cells, emoji (including a ZWJ sequence) two cells: the borders stay straight. */
export const WideCharacters: Story = { args: { diagram: WIDE_DIAGRAM } };

/** Arrows and shapes many monospace fonts lack: the fallback glyphs cannot push later columns. */
export const FallbackGlyphs: Story = { args: { diagram: FALLBACK_DIAGRAM } };

/** Written as the element's text content, indented like the surrounding HTML (it is dedented). */
export const TextContent: Story = {
  render: (args) =>
    html`<inc-ascii-diagram theme=${args.theme} label="Request path">
      client ──▶ edge ──▶ api ──▶ db │ ▼ cache
      <span slot="caption">The cache sits beside the edge, not in front of the API.</span>
    </inc-ascii-diagram>`,
};

/** `fit="shrink"` in a narrow box: the font scales down to a readable minimum, then scrolls. */
export const ShrinkInNarrowBox: Story = {
  args: { fit: 'shrink', diagram: SEED_DIAGRAMS[5]! },
  render: (args) =>
    html`<div style="display: grid; gap: 1rem">
      ${[420, 300, 200].map(
        (width) =>
          html`<div style="width: ${width}px; outline: 1px dashed GrayText">
            <inc-ascii-diagram .diagram=${args.diagram} fit="shrink" theme=${args.theme}></inc-ascii-diagram>
          </div>`,
      )}
    </div>`,
};

/** The default `fit="scroll"`: the overflowing box becomes a focusable, named scroll region. */
export const ScrollInNarrowBox: Story = {
  args: { diagram: SEED_DIAGRAMS[5]! },
  render: (args) =>
    html`<div style="width: 240px">
      <inc-ascii-diagram .diagram=${args.diagram} theme=${args.theme}></inc-ascii-diagram>
    </div>`,
};

/** Each theme, on its own background. */
export const Themes: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 1rem">
      ${(['light', 'dark', 'terminal'] as const).map(
        (theme) =>
          html`<div style="padding: 1rem; background: ${TOKENS[theme]['color-bg']}">
            <inc-ascii-diagram .diagram=${args.diagram} theme=${theme}></inc-ascii-diagram>
          </div>`,
      )}
    </div>`,
};

/** Colours from the page (a host's own, not ours) through the documented custom properties. */
export const CustomColours: Story = {
  render: (args) =>
    html`<inc-ascii-diagram
      .diagram=${args.diagram}
      style="--inc-diagram-line: rebeccapurple; --inc-diagram-arrow: firebrick; --inc-diagram-text: midnightblue; --inc-diagram-bg: lemonchiffon"
    ></inc-ascii-diagram>`,
};

/** A right-to-left page: the caption and button follow the page; the diagram stays left-to-right. */
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl" lang="ar" style="max-width: 40rem">
      <inc-ascii-diagram
        .diagram=${{ ...args.diagram, caption: 'مخطط تدفق الرسائل' }}
        label="مخطط"
        theme=${args.theme}
      ></inc-ascii-diagram>
    </div>`,
};

/** A page whose CSS sets every text property the diagram must ignore. */
export const HostilePageCss: Story = {
  render: (args) =>
    html`<div>
      <style>
        .hostile,
        .hostile * {
          letter-spacing: 0.3em;
          word-spacing: 1em;
          text-transform: uppercase;
          font-family: cursive;
          font-style: italic;
          line-height: 3;
          white-space: normal;
          tab-size: 17;
          text-align: justify;
        }
      </style>
      <div class="hostile">
        <p>Page text in the hostile style.</p>
        <inc-ascii-diagram .diagram=${args.diagram} theme=${args.theme}></inc-ascii-diagram>
      </div>
    </div>`,
};

/** Markup and template syntax in the content are shown as text, never parsed. */
export const HostileText: Story = {
  args: {
    diagram: {
      label: '<img src=x onerror=alert(1)>',
      caption: '<script>alert(1)</script>',
      lines: ['<b>not bold</b> ──▶ <img src=x onerror=alert(1)>', '${window.x} {{ x }} &amp; \u202Eevil'],
    },
  },
};

/** Very long lines scroll; beyond 500 columns or 500 lines the picture is cut (copy keeps everything). */
export const LongLines: Story = {
  args: {
    diagram: {
      label: 'A long pipeline',
      lines: [
        Array.from({ length: 24 }, (_, i) => `stage-${i + 1}`).join(' ──▶ '),
        '│'.padEnd(300, ' ') + '│',
        '└' + '─'.repeat(298) + '┘',
      ],
    },
  },
};
