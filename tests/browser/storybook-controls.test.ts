// Storybook's docs and controls for each element: what Storybook reads from the manifest, then our
// enhancer (`.storybook/arg-types.ts`): only public API, and the control a reader expects. Storybook
// picks a control from `type.name`: `string` → text box, `boolean` → toggle, `number` → number,
// `enum` → radio/select, anything else → a JSON "object" editor.
// (Storybook's own reader cannot be imported here: its browser chunks need CommonJS dependencies.
// `extract` below follows @storybook/web-components 10's extractArgTypesFromElements.)
import { expect } from '@open-wc/testing';
import type { ArgTypes, StoryContextForEnhancers } from 'storybook/internal/types';
import manifest from '../../custom-elements.json';
import { manifestControls, type Manifest } from '../../.storybook/arg-types.js';

const TAGS = [
  'inc-report-list',
  'inc-card',
  'inc-tag-filter',
  'inc-ascii-diagram',
  'inc-report',
  'inc-code-block',
];
const enhance = manifestControls(manifest);
const declarations = (manifest as Manifest).modules.flatMap((m) => m.declarations ?? []);

interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
}
/** Members as "properties" then attributes as "attributes" (methods skipped), keyed by name. */
function extract(tag: string): ArgTypes {
  const declaration: { members?: Item[]; attributes?: Item[] } | undefined = declarations.find(
    (d) => d.tagName === tag,
  );
  const argTypes: ArgTypes = {};
  for (const [category, items] of [
    ['properties', declaration?.members],
    ['attributes', declaration?.attributes],
  ] as const) {
    for (const item of items ?? []) {
      if (item.kind === 'method') continue;
      argTypes[item.name] = {
        name: item.name,
        description: item.description,
        type: { name: item.type?.text } as never,
        table: { category },
      };
    }
  }
  return argTypes;
}
function argTypesOf(tag: string): ArgTypes {
  return enhance({ component: tag, argTypes: extract(tag) } as unknown as StoryContextForEnhancers);
}

describe('Storybook controls from the manifest', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      const declaration = declarations.find((d) => d.tagName === tag)!;
      const fields = new Map((declaration.members ?? []).map((m) => [m.name, m]));

      it('shows no internal field', () => {
        const argTypes = argTypesOf(tag);
        for (const internal of ['content', 'provider', 'staleCards', 'source', 'list', 'copier', 'fitter']) {
          expect(argTypes, internal).to.not.have.property(internal);
        }
        for (const [name, argType] of Object.entries(argTypes)) {
          expect(argType.description, `${name} is documented`).to.be.a('string').and.not.equal('');
        }
      });

      it('string attributes get a text box, closed sets a choice, getters nothing', () => {
        const argTypes = argTypesOf(tag);
        let strings = 0;
        for (const attribute of declaration.attributes ?? []) {
          const field = fields.get(attribute.fieldName ?? '');
          if (!field) continue;
          const text = field.type?.text ?? '';
          const argType = argTypes[field.name]!;
          expect(argType, `${tag} ${field.name}`).to.exist;
          if (/^string( \| (undefined|null))?$/.test(text)) {
            strings++;
            expect(argType.type, `${field.name}: ${text}`).to.deep.equal({ name: 'string' });
          } else if (/^(Theme|CardVariant|DiagramMode|GroupBy|SortOrder|MatchMode|FitMode)\b/.test(text)) {
            expect((argType.type as { name: string }).name, `${field.name}: ${text}`).to.equal('enum');
            expect((argType.type as { value: string[] }).value.length).to.be.at.least(2);
          }
          // The attribute row (report-id) documents the name; the property (reportId) has the control.
          if (attribute.name !== field.name) expect(argTypes[attribute.name]?.control).to.equal(false);
        }
        if (tag !== 'inc-tag-filter') expect(strings, 'string attributes checked').to.be.greaterThan(0);
        for (const member of declaration.members ?? []) {
          if (member.kind === 'field' && member.readonly)
            expect(argTypes[member.name]?.control).to.equal(false);
        }
      });
    });
  }
});
