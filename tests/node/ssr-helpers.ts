import assert from 'node:assert/strict';
import type { Collection } from '../../src/data/index.js';
import { formatDate } from '../../src/shared/format-date.js';
import { inlineText } from '../../src/shared/render-inline.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * What a reader without JavaScript gets from server markup: the text of every shadow root and
 * light-DOM node, without styles, scripts, comments or tags, whitespace collapsed.
 */
export function visibleText(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Asserts every report's title, summary, tags, date and link are in `markup`. */
export function assertReadable(markup: string, collection: Collection): void {
  const text = visibleText(markup);
  for (const report of collection.reports) {
    const where = `report ${report.id}`;
    if (report.title) assert.ok(text.includes(squash(report.title)), `${where}: title missing`);
    if (report.summary) {
      assert.ok(text.includes(squash(inlineText(report.summary))), `${where}: summary missing`);
    }
    for (const tag of report.tags) assert.ok(text.includes(squash(tag)), `${where}: tag ${tag} missing`);
    if (report.date) {
      assert.ok(markup.includes(`datetime="${report.date}"`), `${where}: <time datetime> missing`);
      assert.ok(text.includes(formatDate(report.date, 'en')), `${where}: date text missing`);
    }
    if (report.url) assert.ok(markup.includes(`href="${report.url}"`), `${where}: link missing`);
  }
}
