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
    "\n  query Me {\n    viewer { name scopes users { name workspace { name } } }\n    workspaces { name }\n  }\n": typeof types.MeDocument,
    "\n  query ChannelNames($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 50) { nodes { name isPrivate } } }\n  }\n": typeof types.ChannelNamesDocument,
    "\n  query ChannelById($id: ID!) {\n    channel(id: $id) { name }\n  }\n": typeof types.ChannelByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Channel { name } }\n    nodes(ids: [$id]) { id }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query LatestInChannel($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n": typeof types.LatestInChannelDocument,
    "\n  query MessageById($id: ID!) {\n    message(id: $id) { id text }\n  }\n": typeof types.MessageByIdDocument,
    "\n  query Inbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node { id text createdAt workspace { name } channel { name } author { name } mentions { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation Post($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { message } }\n  }\n": typeof types.PostDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        text\n        markdown\n        html\n        alsoSentToChannel\n        author { name }\n        parent { id }\n        threadRoot { id }\n        mentions { name }\n        viewerCanUpdate\n        viewerCanDelete\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SendDocument,
    "\n  mutation Update($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.UpdateDocument,
    "\n  mutation Delete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      message { id text deletedAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.DeleteDocument,
    "\n  mutation React($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { reactions { emoji count } }\n      userErrors { code message }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  query Tree($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      hasChildren\n      lastReplyAt\n      threadParticipants { name }\n      children(first: 10) { nodes { id text deletedAt children(first: 10) { nodes { id } } } }\n      descendants(first: 10) { nodes { id text parent { id } } }\n    }\n  }\n": typeof types.TreeDocument,
    "\n  query ChannelTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 5) { nodes { id text alsoSentToChannel } } }\n  }\n": typeof types.ChannelTimelineDocument,
    "\n  query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {\n    channel(id: $id) {\n      messages(first: $first, after: $after, last: $last, before: $before, around: $around) {\n        edges { cursor node { id createdAt } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.PageDocument,
    "\n  query Replies($id: ID!, $last: Int) {\n    message(id: $id) { children(last: $last) { nodes { id } } }\n  }\n": typeof types.RepliesDocument,
    "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n": typeof types.ThreadTreeByChildrenDocument,
    "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadTreeByDescendantsDocument,
    "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": typeof types.AddThreadDocument,
    "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": typeof types.DemoDirectoryDocument,
    "\n  subscription Events($filter: EventFilter, $after: String) {\n    events(filter: $filter, after: $after) {\n      id\n      cursor\n      type\n      occurredAt\n      emoji\n      workspace { id name }\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        editedAt\n        deletedAt\n        author { name }\n        parent { id }\n        threadRoot { id }\n        reactions { emoji count }\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query SubscriptionsDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": typeof types.SubscriptionsDirectoryDocument,
    "\n  mutation SubscriptionsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsSendMessageDocument,
    "\n  mutation SubscriptionsUpdateMessage($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsUpdateMessageDocument,
    "\n  mutation SubscriptionsDeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsDeleteMessageDocument,
    "\n  mutation SubscriptionsAddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsAddReactionDocument,
    "\n  mutation SubscriptionsRemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsRemoveReactionDocument,
};
const documents: Documents = {
    "\n  query Me {\n    viewer { name scopes users { name workspace { name } } }\n    workspaces { name }\n  }\n": types.MeDocument,
    "\n  query ChannelNames($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 50) { nodes { name isPrivate } } }\n  }\n": types.ChannelNamesDocument,
    "\n  query ChannelById($id: ID!) {\n    channel(id: $id) { name }\n  }\n": types.ChannelByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Channel { name } }\n    nodes(ids: [$id]) { id }\n  }\n": types.NodeByIdDocument,
    "\n  query LatestInChannel($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n": types.LatestInChannelDocument,
    "\n  query MessageById($id: ID!) {\n    message(id: $id) { id text }\n  }\n": types.MessageByIdDocument,
    "\n  query Inbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node { id text createdAt workspace { name } channel { name } author { name } mentions { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation Post($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { message } }\n  }\n": types.PostDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        text\n        markdown\n        html\n        alsoSentToChannel\n        author { name }\n        parent { id }\n        threadRoot { id }\n        mentions { name }\n        viewerCanUpdate\n        viewerCanDelete\n      }\n      userErrors { code message field }\n    }\n  }\n": types.SendDocument,
    "\n  mutation Update($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { code message }\n    }\n  }\n": types.UpdateDocument,
    "\n  mutation Delete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      message { id text deletedAt }\n      userErrors { code message }\n    }\n  }\n": types.DeleteDocument,
    "\n  mutation React($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { reactions { emoji count } }\n      userErrors { code message }\n    }\n  }\n": types.UnreactDocument,
    "\n  query Tree($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      hasChildren\n      lastReplyAt\n      threadParticipants { name }\n      children(first: 10) { nodes { id text deletedAt children(first: 10) { nodes { id } } } }\n      descendants(first: 10) { nodes { id text parent { id } } }\n    }\n  }\n": types.TreeDocument,
    "\n  query ChannelTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 5) { nodes { id text alsoSentToChannel } } }\n  }\n": types.ChannelTimelineDocument,
    "\n  query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {\n    channel(id: $id) {\n      messages(first: $first, after: $after, last: $last, before: $before, around: $around) {\n        edges { cursor node { id createdAt } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.PageDocument,
    "\n  query Replies($id: ID!, $last: Int) {\n    message(id: $id) { children(last: $last) { nodes { id } } }\n  }\n": types.RepliesDocument,
    "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n": types.ThreadTreeByChildrenDocument,
    "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadTreeByDescendantsDocument,
    "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": types.AddThreadDocument,
    "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": types.DemoDirectoryDocument,
    "\n  subscription Events($filter: EventFilter, $after: String) {\n    events(filter: $filter, after: $after) {\n      id\n      cursor\n      type\n      occurredAt\n      emoji\n      workspace { id name }\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        editedAt\n        deletedAt\n        author { name }\n        parent { id }\n        threadRoot { id }\n        reactions { emoji count }\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query SubscriptionsDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": types.SubscriptionsDirectoryDocument,
    "\n  mutation SubscriptionsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { message }\n    }\n  }\n": types.SubscriptionsSendMessageDocument,
    "\n  mutation SubscriptionsUpdateMessage($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { message }\n    }\n  }\n": types.SubscriptionsUpdateMessageDocument,
    "\n  mutation SubscriptionsDeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { message }\n    }\n  }\n": types.SubscriptionsDeleteMessageDocument,
    "\n  mutation SubscriptionsAddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n": types.SubscriptionsAddReactionDocument,
    "\n  mutation SubscriptionsRemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n": types.SubscriptionsRemoveReactionDocument,
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
export function graphql(source: "\n  query Me {\n    viewer { name scopes users { name workspace { name } } }\n    workspaces { name }\n  }\n"): (typeof documents)["\n  query Me {\n    viewer { name scopes users { name workspace { name } } }\n    workspaces { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelNames($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 50) { nodes { name isPrivate } } }\n  }\n"): (typeof documents)["\n  query ChannelNames($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 50) { nodes { name isPrivate } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelById($id: ID!) {\n    channel(id: $id) { name }\n  }\n"): (typeof documents)["\n  query ChannelById($id: ID!) {\n    channel(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Channel { name } }\n    nodes(ids: [$id]) { id }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Channel { name } }\n    nodes(ids: [$id]) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestInChannel($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query LatestInChannel($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageById($id: ID!) {\n    message(id: $id) { id text }\n  }\n"): (typeof documents)["\n  query MessageById($id: ID!) {\n    message(id: $id) { id text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node { id text createdAt workspace { name } channel { name } author { name } mentions { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node { id text createdAt workspace { name } channel { name } author { name } mentions { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Post($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { message } }\n  }\n"): (typeof documents)["\n  mutation Post($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        text\n        markdown\n        html\n        alsoSentToChannel\n        author { name }\n        parent { id }\n        threadRoot { id }\n        mentions { name }\n        viewerCanUpdate\n        viewerCanDelete\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        text\n        markdown\n        html\n        alsoSentToChannel\n        author { name }\n        parent { id }\n        threadRoot { id }\n        mentions { name }\n        viewerCanUpdate\n        viewerCanDelete\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Update($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Update($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Delete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      message { id text deletedAt }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Delete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      message { id text deletedAt }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation React($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { reactions { emoji count } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { reactions { emoji count } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tree($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      hasChildren\n      lastReplyAt\n      threadParticipants { name }\n      children(first: 10) { nodes { id text deletedAt children(first: 10) { nodes { id } } } }\n      descendants(first: 10) { nodes { id text parent { id } } }\n    }\n  }\n"): (typeof documents)["\n  query Tree($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      hasChildren\n      lastReplyAt\n      threadParticipants { name }\n      children(first: 10) { nodes { id text deletedAt children(first: 10) { nodes { id } } } }\n      descendants(first: 10) { nodes { id text parent { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 5) { nodes { id text alsoSentToChannel } } }\n  }\n"): (typeof documents)["\n  query ChannelTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 5) { nodes { id text alsoSentToChannel } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {\n    channel(id: $id) {\n      messages(first: $first, after: $after, last: $last, before: $before, around: $around) {\n        edges { cursor node { id createdAt } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {\n    channel(id: $id) {\n      messages(first: $first, after: $after, last: $last, before: $before, around: $around) {\n        edges { cursor node { id createdAt } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Replies($id: ID!, $last: Int) {\n    message(id: $id) { children(last: $last) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query Replies($id: ID!, $last: Int) {\n    message(id: $id) { children(last: $last) { nodes { id } } }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Events($filter: EventFilter, $after: String) {\n    events(filter: $filter, after: $after) {\n      id\n      cursor\n      type\n      occurredAt\n      emoji\n      workspace { id name }\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        editedAt\n        deletedAt\n        author { name }\n        parent { id }\n        threadRoot { id }\n        reactions { emoji count }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Events($filter: EventFilter, $after: String) {\n    events(filter: $filter, after: $after) {\n      id\n      cursor\n      type\n      occurredAt\n      emoji\n      workspace { id name }\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        editedAt\n        deletedAt\n        author { name }\n        parent { id }\n        threadRoot { id }\n        reactions { emoji count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubscriptionsDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsUpdateMessage($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsUpdateMessage($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsDeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsDeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsAddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsAddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsRemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsRemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;