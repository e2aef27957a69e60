import type { ConnectForm, FormEnum, FormField } from '../providers/definition.js';
import { PROVIDERS } from '../providers/index.js';
import { builder } from './builder.js';

/**
 * The provider-specific inputs of `connectWorkspace` and `linkAccount`, built from the forms the provider
 * definitions declare as data (ProviderDefinition.forms), so that adding a provider adds its member to
 * those @oneOf inputs with no edit here. Built once, from the server's default list (src/providers/index.ts):
 * a provider a test adds at run time has no form in the schema.
 */

type FieldValues = Record<string, unknown>;
type FormInputRef = ReturnType<typeof buildForm>;

const enums = new Map<string, ReturnType<typeof buildEnum>>();

function buildEnum(spec: FormEnum) {
  return builder.enumType(spec.name, {
    description: spec.description,
    values: Object.fromEntries(Object.entries(spec.values).map(([value, description]) => [value, { description }])) as Record<string, { description: string }>,
  });
}

function enumOf(spec: FormEnum) {
  let ref = enums.get(spec.name);
  if (!ref) {
    ref = buildEnum(spec);
    enums.set(spec.name, ref);
  }
  return ref;
}

function buildForm(form: ConnectForm) {
  // Enums first, so that they are registered (and printed) before the input that uses them.
  for (const field of Object.values(form.fields)) if (field.type === 'enum') enumOf(field.enum);
  return builder.inputRef<FieldValues>(form.typeName).implement({
    description: form.description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(form.fields).map(([name, field]: [string, FormField]) => {
          const options = { required: field.required ?? false, description: field.description };
          if (field.type === 'enum') return [name, t.field({ type: enumOf(field.enum), ...options })];
          return [name, field.type === 'ID' ? t.id(options) : t.string(options)];
        }),
      ),
  });
}

/** The GraphQL field name of a provider in a @oneOf input (provider names may hold '-', fields may not). */
export const providerField = (provider: string): string => provider.replace(/-/g, '_');

/** The provider a @oneOf field names. */
export function providerOfField(field: string): string {
  return PROVIDERS.find((definition) => providerField(definition.name) === field)?.name ?? field;
}

function formsOf(kind: 'connect' | 'link'): Map<string, FormInputRef> {
  const inputs = new Map<string, FormInputRef>();
  for (const definition of PROVIDERS) {
    const form = definition.forms?.[kind];
    if (form) inputs.set(definition.name, buildForm(form));
  }
  return inputs;
}

/** Each connectable provider's connect input, by provider name. */
export const connectForms = formsOf('connect');
/** Each provider's link input, by provider name. */
export const linkForms = formsOf('link');
