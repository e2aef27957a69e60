import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

/**
 * The schema explains itself to a client developer: every type, field, argument, input field and enum value
 * has a description, and none of them points at server internals (the seed's REST routes, source files).
 */

interface Described {
  coordinate: string;
  description: string | null | undefined;
}

function describedParts(type: GraphQLNamedType): Described[] {
  const parts: Described[] = [{ coordinate: type.name, description: type.description }];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      parts.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
      for (const arg of field.args) parts.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, description: arg.description });
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) parts.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) parts.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
  }
  return parts;
}

const parts = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__'))
  .flatMap(describedParts);

describe('schema descriptions', () => {
  it('covers a schema of the expected size (the walk finds fields, arguments and enum values)', () => {
    expect(parts.length).toBeGreaterThan(600);
    expect(parts.map((part) => part.coordinate)).toEqual(expect.arrayContaining(['Message.children(first:)', 'EventType.MESSAGE_CREATED', 'SendMessageInput.parentId']));
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const undocumented = parts.filter((part) => !part.description?.trim()).map((part) => part.coordinate);
    expect(undocumented).toEqual([]);
  });

  it('writes for client developers: no seed routes, source paths or internal references', () => {
    // Public routes a client or provider calls (/webhooks/slack, /oauth/…) are fine; the seed's REST routes are not.
    const internal = /\(seed:|\bseed: |\/workspaces\/\{wid\}|\/messages\/\{id\}|src\/|\.ts\b|operation reference|the sketch/i;
    const leaking = parts.filter((part) => part.description && internal.test(part.description)).map((part) => `${part.coordinate}: ${part.description}`);
    expect(leaking).toEqual([]);
  });
});
