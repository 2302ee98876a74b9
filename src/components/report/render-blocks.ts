import { html, nothing, type TemplateResult } from 'lit';
import type { Block } from '../../data/index.js';
import { slugify } from '../../data/slug.js';
import { renderInline } from '../../shared/render-inline.js';

/** What a block needs from the report around it. */
export interface BlockContext {
  /** The report's id, which prefixes heading anchors so two reports on a page never collide. */
  reportId: string;
  /** Level of the report title; body heading level 2 sits one below it. */
  titleLevel: number;
  /** Accessible name for a diagram without a label. */
  reportTitle: string;
  /** Label for the permalink beside each heading. */
  permalinkLabel: string;
  /** Visible labels for callout tones, so the tone is never shown by colour alone. */
  toneLabels: Record<'info' | 'warning' | 'danger', string>;
}

/** A unique, readable anchor id for a heading: `INC-001--rollback-plan`, then `-2`, `-3` on repeats. */
export function anchorIds(blocks: readonly Block[], reportId: string): Map<Block, string> {
  const ids = new Map<Block, string>();
  const used = new Map<string, number>();
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const base = `${reportId}--${slugify(block.text) || 'section'}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    ids.set(block, seen === 0 ? base : `${base}-${seen + 1}`);
  }
  return ids;
}

/** Renders the body blocks of the content format as elements. */
export function renderBlocks(blocks: readonly Block[], context: BlockContext): TemplateResult {
  const anchors = anchorIds(blocks, context.reportId);
  return html`${blocks.map((block) => renderBlock(block, context, anchors.get(block)))}`;
}

function renderBlock(block: Block, context: BlockContext, anchor: string | undefined) {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInline(block.text)}</p>`;
    case 'heading': {
      const level = Math.min(6, context.titleLevel + block.level - 1);
      return html`<div
        class="heading h${block.level}"
        role="heading"
        aria-level=${level}
        id=${anchor ?? nothing}
        tabindex="-1"
      >
        ${block.text}<a
          class="anchor"
          href=${`#${anchor ?? ''}`}
          aria-label=${`${context.permalinkLabel}: ${block.text}`}
          >#</a
        >
      </div>`;
    }
    case 'list':
      return block.ordered
        ? html`<ol>
            ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
          </ol>`
        : html`<ul>
            ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
          </ul>`;
    case 'code':
      return html`<inc-code-block
        part="code-block"
        .code=${block.code}
        .language=${block.lang ?? ''}
        caption=${block.caption ?? ''}
      ></inc-code-block>`;
    case 'diagram':
      return html`<inc-ascii-diagram
        part="diagram"
        .diagram=${block.diagram}
        label=${block.diagram.label ?? context.reportTitle}
      ></inc-ascii-diagram>`;
    case 'quote':
      return html`<figure class="quote">
        <blockquote>${renderInline(block.text)}</blockquote>
        ${block.cite ? html`<figcaption>— ${block.cite}</figcaption>` : nothing}
      </figure>`;
    case 'callout':
      return html`<div class="callout" data-tone=${block.tone} role="note">
        <strong class="tone">${context.toneLabels[block.tone]}</strong> ${renderInline(block.text)}
      </div>`;
  }
}
