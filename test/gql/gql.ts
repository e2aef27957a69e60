/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n": typeof types.ThreadTreeByChildrenDocument,
    "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadTreeByDescendantsDocument,
    "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": typeof types.AddThreadDocument,
    "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": typeof types.DemoDirectoryDocument,
};
const documents: Documents = {
    "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n": types.ThreadTreeByChildrenDocument,
    "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadTreeByDescendantsDocument,
    "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": types.AddThreadDocument,
    "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": types.DemoDirectoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n"): (typeof documents)["\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;