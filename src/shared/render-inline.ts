import { html, nothing, type TemplateResult } from 'lit';
import { parseInline, type InlineNode } from '../data/inline.js';

function renderNode(node: InlineNode): TemplateResult | string {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'code':
      return html`<code>${node.text}</code>`;
    case 'strong':
      return html`<strong>${node.children.map(renderNode)}</strong>`;
    case 'em':
      return html`<em>${node.children.map(renderNode)}</em>`;
    case 'link':
      // parseInline only yields links whose href passed the URL rule.
      return html`<a href=${node.href}>${node.children.map(renderNode)}</a>`;
  }
}

/** Renders the content format's inline subset as elements (never as an HTML string). */
export function renderInline(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`${parseInline(text).map(renderNode)}`;
}

function textOf(node: InlineNode): string {
  return node.kind === 'text' || node.kind === 'code' ? node.text : node.children.map(textOf).join('');
}

/** The text inline markup leaves (`*fast* [fix](/x)` → `fast fix`): for headings and labels made from a summary. */
export function inlineText(text: string): string {
  return parseInline(text).map(textOf).join('');
}
