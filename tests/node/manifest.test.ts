// custom-elements.json is the public API: what Storybook's docs and controls, editors and the JSX
// types are generated from. Nothing private or undocumented may reach it (it once listed ~35 internal
// fields, like `content`, `provider` and `staleCards`, as controls).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './helpers.js';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration extends Item {
  tagName?: string;
  customElement?: boolean;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'custom-elements.json'), 'utf8')) as Manifest;
const declarations = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).map((d) => ({ module: m.path, ...d })),
);
const TAGS = [
  'inc-ascii-diagram',
  'inc-card',
  'inc-code-block',
  'inc-report',
  'inc-report-list',
  'inc-tag-filter',
];

describe('custom-elements.json lists only public, documented API', () => {
  it('documents every element', () => {
    assert.deepEqual(
      declarations
        .map((d) => d.tagName)
        .filter(Boolean)
        .sort(),
      TAGS,
    );
  });

  it('every declaration is documented', () => {
    const bare = declarations
      .filter((d) => !d.description && !d.summary)
      .map((d) => `${d.module}: ${d.name}`);
    assert.deepEqual(bare, []);
  });

  it('no private, protected or undocumented member, attribute, event, slot, part or custom property', () => {
    const problems: string[] = [];
    for (const d of declarations) {
      const groups = { members: d.members, attributes: d.attributes, events: d.events, slots: d.slots };
      const styling = { cssParts: d.cssParts, cssProperties: d.cssProperties };
      for (const [group, items] of Object.entries({ ...groups, ...styling })) {
        for (const item of items ?? []) {
          const where = `${d.tagName ?? d.name} ${group}: ${item.name || '(default)'}`;
          if (item.privacy === 'private' || item.privacy === 'protected')
            problems.push(`${where} is ${item.privacy}`);
          if (item.name.startsWith('#')) problems.push(`${where} is #private`);
          if (!item.description?.trim()) problems.push(`${where} has no JSDoc`);
        }
      }
    }
    assert.deepEqual(problems, [], 'make it private and/or mark it @internal, or document it');
  });

  it('no controller or helper class (implementation, not API)', () => {
    const classes = declarations.filter((d) => d.kind === 'class' && !d.tagName).map((d) => d.name);
    assert.deepEqual(classes, ['IncElement']);
  });
});
