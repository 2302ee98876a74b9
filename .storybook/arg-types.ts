// Controls from the manifest. Storybook turns a manifest type text into a control by its name, and
// knows only `string`, `boolean`, `number` and `enum`: `string | undefined` or an alias like `Theme`
// would get a JSON "object" control. This maps them to what a reader should get (a text box for a
// string attribute, a radio or select for a closed set) and keeps read-only members and the
// attribute rows of properties (documented, set through the property's control) out of the controls.
import type { ArgTypesEnhancer, SBType } from 'storybook/internal/types';
import { CARD_VARIANTS, DIAGRAM_MODES, GROUP_BY, MATCH_MODES, SORT_ORDERS, THEMES } from '../src/index.js';
import { FIT_MODES } from '../src/components/ascii-diagram/ascii-diagram.js';

/** The manifest's type aliases for closed sets, with their values. */
const ALIASES: Record<string, readonly string[]> = {
  Theme: THEMES,
  CardVariant: CARD_VARIANTS,
  DiagramMode: DIAGRAM_MODES,
  GroupBy: GROUP_BY,
  SortOrder: SORT_ORDERS,
  MatchMode: MATCH_MODES,
  FitMode: FIT_MODES,
};

/** Storybook's type for a manifest type text, or undefined when Storybook's own reading is right. */
export function controlType(text: string | undefined): SBType | undefined {
  if (!text) return undefined;
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const [only] = parts;
  if (parts.length === 1 && (only === 'string' || only === 'boolean' || only === 'number'))
    return { name: only };
  const values = parts.flatMap(
    (part) => ALIASES[part] ?? (/^'[^']*'$/.test(part) ? [part.slice(1, -1)] : []),
  );
  const closed = parts.every((part) => ALIASES[part] || /^'[^']*'$/.test(part));
  return closed && values.length > 0 ? { name: 'enum', value: [...values] } : undefined;
}

interface ManifestItem {
  name: string;
  kind?: string;
  fieldName?: string;
  readonly?: boolean;
  static?: boolean;
  type?: { text?: string };
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** An `argTypesEnhancer` for the elements documented in `manifest`. */
export function manifestControls(manifest: Manifest): ArgTypesEnhancer {
  const byTag = new Map(
    manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.tagName, d] as const),
  );
  return (context) => {
    const declaration = typeof context.component === 'string' ? byTag.get(context.component) : undefined;
    if (!declaration) return context.argTypes;
    const fields = new Map(
      (declaration.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]),
    );
    const attributes = new Map((declaration.attributes ?? []).map((a) => [a.name, a]));
    const argTypes = { ...context.argTypes };
    for (const [name, argType] of Object.entries(argTypes)) {
      const category = argType.table?.category;
      if (category !== 'properties' && category !== 'attributes') continue;
      const attribute = category === 'attributes' ? attributes.get(name) : undefined;
      const field = fields.get(attribute?.fieldName ?? name);
      // `report-id` is set through `reportId`'s control (stories' args are property names); a getter
      // cannot be set at all.
      const settable =
        field && !field.readonly && !field.static && (!attribute || attribute.fieldName === name);
      if (!settable) {
        if (argType.control === undefined) argTypes[name] = { ...argType, control: false };
        continue;
      }
      const type = controlType(field.type?.text ?? attribute?.type?.text);
      if (type) argTypes[name] = { ...argType, type };
    }
    return argTypes;
  };
}
