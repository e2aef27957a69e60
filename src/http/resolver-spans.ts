import { useOnResolve } from '@envelop/on-resolve';
import { getNamedType, isLeafType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { startSpan } from '../observability/tracing.js';

/**
 * With tracing on (src/observability/tracing.ts), a span per resolver of a field that returns objects:
 * those are the ones that go to a provider (a channel's messages, a message's children), and the provider
 * calls they make become their children. Leaf fields (text, ids, counts) get none: they would be most of
 * the spans and tell nothing. Only added when tracing is on, since it wraps every resolver of the schema.
 */
export function resolverSpans(): Plugin {
  return useOnResolve(
    ({ info, resolver, replaceResolver }) => {
      if (isLeafType(getNamedType(info.returnType))) return;
      const field = `${info.parentType.name}.${info.fieldName}`;
      const span = startSpan(`resolve ${field}`, { 'graphql.field.path': field });
      replaceResolver((root, args, context, resolveInfo) => span.run(() => resolver(root, args, context, resolveInfo)));
      return ({ result }) => span.end(result instanceof Error ? result : undefined);
    },
    { skipDefaultResolvers: true },
  ) as Plugin;
}
