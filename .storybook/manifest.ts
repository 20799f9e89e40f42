// The API tables and controls of every element, from the custom-elements.json that each
// element package writes at build (`cem analyze`), merged. Storybook's own reading keys
// every row by bare name, so the part `value` replaced the attribute `value` and the
// attributes typed `string | number` got a JSON editor; this reading keys attributes by the
// name a partner writes and the rest by a prefixed key, and picks the control from the type.
//
// Not @wc-toolkit/storybook-helpers 10.5.1 (its getStorybookHelpers, given this merged
// manifest, measured for issue 22): `people` gets a select of `string` and `[]`,
// `heading-level` lists 2 to 6 twice, every custom property and part becomes an editable
// control with a default in `args` (so each snippet would copy `kind="count"
// currency="EUR"…` and `--relais-font-family: system-ui, …`, the manifest's description of a
// default, not a value), `relais-error` reads `CustomEvent<RelaisErrorEvent>`, and its
// preview code imports Node's `path`.
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}
interface Attribute extends Described {
  fieldName?: string;
  /** The type with its aliases expanded (`'compact' | 'default' | 'large'`), by the type parser. */
  parsedType?: { text: string };
}
interface Declaration {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  events?: Described[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});

/** Every package's manifest in one, as `setCustomElementsManifest` expects it. */
export const mergedManifest: Manifest = {
  schemaVersion: '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
};

/** The declaration of a tag, or undefined when its package is not built. */
export function declarationOf(tagName: string): Declaration | undefined {
  return mergedManifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === tagName);
}

/** A union of string literals (`'compact' | 'default'`) as its values; otherwise undefined. */
function literalOptions(type: string): string[] | undefined {
  const members = type.split('|').map((member) => member.trim());
  const literals = members.filter((member) => /^'[^']*'$/.test(member));
  const rest = members.filter((member) => !literals.includes(member) && member !== 'undefined');
  return literals.length > 0 && rest.length === 0 ? literals.map((m) => m.slice(1, -1)) : undefined;
}

// The object form: Storybook normalises a bare 'text' only in the argTypes it infers itself.
function controlFor(type: string | undefined): InputType['control'] {
  if (type === 'boolean') return { type: 'boolean' };
  return type && literalOptions(type) ? { type: 'select' } : { type: 'text' };
}

function describe(item: Described): string {
  return [item.summary, item.description].filter(Boolean).join('\n\n');
}

const tableOnly = (category: string, item: Described, type?: string): InputType => ({
  name: item.name,
  description: describe(item),
  control: false,
  table: {
    category,
    ...(type ? { type: { summary: type } } : {}),
    ...(item.default ? { defaultValue: { summary: item.default } } : {}),
  },
});

/** argTypes for one tag: its attributes as controls; slots, parts, properties, events as rows. */
export function argTypesOf(tagName: string): ArgTypes {
  const declaration = declarationOf(tagName);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const type = (attribute.parsedType ?? attribute.type)?.text;
    const property =
      attribute.fieldName && attribute.fieldName !== attribute.name
        ? `\n\nProperty: \`${attribute.fieldName}\`.`
        : '';
    const options = type ? literalOptions(type) : undefined;
    argTypes[attribute.name] = {
      name: attribute.name,
      description: `${describe(attribute)}${property}`,
      control: controlFor(type),
      ...(options ? { options } : {}),
      table: {
        category: 'attributes',
        ...(type ? { type: { summary: type } } : {}),
        ...(attribute.default ? { defaultValue: { summary: attribute.default } } : {}),
      },
    };
  }
  for (const slot of declaration.slots ?? []) {
    const named = { ...slot, name: slot.name || '(default)' };
    argTypes[`slot:${named.name}`] = tableOnly('slots', named);
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = tableOnly('css parts', {
      ...part,
      name: `::part(${part.name})`,
    });
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[`cssprop:${property.name}`] = tableOnly('css custom properties', property);
  }
  for (const event of declaration.events ?? []) {
    argTypes[`event:${event.name}`] = tableOnly('events', event, event.type?.text);
  }
  return argTypes;
}
