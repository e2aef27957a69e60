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
    "\n  mutation BenchConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) { workspace { id } userErrors { code message } }\n  }\n": typeof types.BenchConnectSlackDocument,
    "\n  subscription Firehose($channelId: ID!) {\n    events(filter: { channelIds: [$channelId] }) {\n      id\n      cursor\n      type\n      occurredAt\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        createdAt\n        author { id name }\n        reactions { emoji count }\n      }\n    }\n  }\n": typeof types.FirehoseDocument,
    "\n  query BenchChannelPage($id: ID!) {\n    node(id: $id) {\n      ... on Channel {\n        id\n        name\n        messages(first: 50) {\n          nodes { id text createdAt replyCount author { id name } reactions { emoji count } }\n        }\n      }\n    }\n  }\n": typeof types.BenchChannelPageDocument,
    "\n  query BenchThreadTree($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        id text createdAt author { id name }\n        \n      }\n    }\n  }\n": typeof types.BenchThreadTreeDocument,
    "\n  query BenchSearch($workspaceId: ID!, $query: String!) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20) {\n        totalCount\n        nodes { score message { id text createdAt author { id name } channel { id name } } }\n      }\n    }\n  }\n": typeof types.BenchSearchDocument,
    "\n  query BenchSearchScale($workspaceId: ID!, $query: String!, $after: DateTime) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20, after: $after) {\n        totalCount\n        nodes { score highlights message { id text createdAt author { name } channel { name } } }\n      }\n    }\n  }\n": typeof types.BenchSearchScaleDocument,
    "\n  mutation BenchSearchSend($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { message } } }\n": typeof types.BenchSearchSendDocument,
    "query CachedMessage($id: ID!) { message(id: $id) { id text } }": typeof types.CachedMessageDocument,
    "\n  query Me {\n    viewer { name scopes users { name workspace { name } } }\n    workspaces { name }\n  }\n": typeof types.MeDocument,
    "\n  query ChannelNames($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 50) { nodes { name isPrivate } } }\n  }\n": typeof types.ChannelNamesDocument,
    "\n  query ChannelById($id: ID!) {\n    channel(id: $id) { name }\n  }\n": typeof types.ChannelByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Channel { name } }\n    nodes(ids: [$id]) { id }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query LatestInChannel($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n": typeof types.LatestInChannelDocument,
    "\n  query MessageById($id: ID!) {\n    message(id: $id) { id text }\n  }\n": typeof types.MessageByIdDocument,
    "\n  mutation AttachmentsUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url createdAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AttachmentsUploadDocument,
    "\n  mutation AttachmentsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AttachmentsSendDocument,
    "\n  mutation AttachmentsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { code message }\n    }\n  }\n": typeof types.AttachmentsDeleteDocument,
    "\n  query AttachmentsNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id filename sizeBytes url }\n    }\n  }\n": typeof types.AttachmentsNodeDocument,
    "\n  query AttachmentsReadMessage($id: ID!) {\n    message(id: $id) { id attachments { id filename contentType sizeBytes url } }\n  }\n": typeof types.AttachmentsReadMessageDocument,
    "\n  query AttachmentsCapabilities {\n    workspaces { name capabilities { attachmentUpload } }\n  }\n": typeof types.AttachmentsCapabilitiesDocument,
    "\n  fragment ChannelOpsChannel on Channel {\n    id\n    name\n    description\n    type\n    isPrivate\n    isActive\n    viewerCanManage\n    viewerCanPost\n    parent { id name }\n    members(first: 20) { nodes { name } }\n    messages(first: 5) {\n      nodes {\n        id\n        type\n        text\n        author { name }\n        systemEvent { type user { name } actor { name } channelName oldChannelName }\n      }\n    }\n  }\n": typeof types.ChannelOpsChannelFragmentDoc,
    "\n  mutation ChannelOpsCreate($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ChannelOpsCreateDocument,
    "\n  mutation ChannelOpsRename($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ChannelOpsRenameDocument,
    "\n  mutation ChannelOpsArchive($input: ChannelInput!) {\n    archiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ChannelOpsArchiveDocument,
    "\n  mutation ChannelOpsUnarchive($input: ChannelInput!) {\n    unarchiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ChannelOpsUnarchiveDocument,
    "\n  mutation ChannelOpsJoin($input: ChannelInput!) {\n    joinChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ChannelOpsJoinDocument,
    "\n  mutation ChannelOpsLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message field }\n    }\n  }\n": typeof types.ChannelOpsLeaveDocument,
    "\n  mutation ChannelOpsInvite($input: InviteToChannelInput!) {\n    inviteToChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ChannelOpsInviteDocument,
    "\n  query ChannelOpsRead($id: ID!) {\n    channel(id: $id) { ...ChannelOpsChannel }\n  }\n": typeof types.ChannelOpsReadDocument,
    "\n  query ChannelOpsDirectory($workspaceId: ID!, $query: String) {\n    workspace(id: $workspaceId) {\n      users(first: 50) { nodes { id name } }\n      channels(first: 100, includeArchived: true) { nodes { id name } }\n      joinableChannels(first: 50, query: $query) { nodes { channelId name description memberCount } }\n    }\n  }\n": typeof types.ChannelOpsDirectoryDocument,
    "\n  mutation ChannelOpsPost($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.ChannelOpsPostDocument,
    "\n  query ChannelOpsJoinablePage($workspaceId: ID!, $after: String) {\n    workspace(id: $workspaceId) {\n      joinableChannels(first: 1, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.ChannelOpsJoinablePageDocument,
    "\n  query ChannelOpsCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { eventTypes } }\n  }\n": typeof types.ChannelOpsCapabilitiesDocument,
    "\n  query ChannelOpsReadMessage($id: ID!) {\n    message(id: $id) { id text }\n  }\n": typeof types.ChannelOpsReadMessageDocument,
    "\n  mutation SendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        text\n        html\n        parent { id }\n        author { name email }\n        recipients {\n          from { name email }\n          to { id name email }\n          cc { name email }\n          bcc { name email }\n        }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SendMailDocument,
    "\n  mutation UpdateMail($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { text html }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateMailDocument,
    "\n  query MailCapabilities {\n    workspaces { name capabilities { email } }\n  }\n": typeof types.MailCapabilitiesDocument,
    "\n  query MailUserNode($id: ID!) {\n    node(id: $id) { ... on User { name email isBot } }\n  }\n": typeof types.MailUserNodeDocument,
    "\n  query Inbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node { id text createdAt workspace { name } channel { name } author { name } mentions { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation Post($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { message } }\n  }\n": typeof types.PostDocument,
    "\n  mutation PreviewSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id linkPreview { url title } }\n      userErrors { code message }\n    }\n  }\n": typeof types.PreviewSendDocument,
    "\n  mutation PreviewEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id linkPreview { url linkedMessage { id } linkedChannel { id } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.PreviewEditDocument,
    "\n  mutation RemovePreview($input: MessageInput!) {\n    removeLinkPreview(input: $input) {\n      message { id linkPreview { url } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RemovePreviewDocument,
    "\n  query PreviewOf($id: ID!) {\n    message(id: $id) {\n      id\n      linkPreview {\n        url\n        title\n        description\n        imageUrl\n        siteName\n        linkedMessage { id text }\n        linkedChannel { id name }\n      }\n    }\n  }\n": typeof types.PreviewOfDocument,
    "\n  query PreviewCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { linkPreviewRemoval eventTypes } }\n  }\n": typeof types.PreviewCapabilitiesDocument,
    "\n  query PreviewTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n": typeof types.PreviewTimelineDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        text\n        markdown\n        html\n        alsoSentToChannel\n        author { name }\n        parent { id }\n        threadRoot { id }\n        mentions { name }\n        viewerCanUpdate\n        viewerCanDelete\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SendDocument,
    "\n  mutation Update($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.UpdateDocument,
    "\n  mutation Delete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      message { id text deletedAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.DeleteDocument,
    "\n  mutation React($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { reactions { emoji count } }\n      userErrors { code message }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  query Tree($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      hasChildren\n      lastReplyAt\n      threadParticipants { name }\n      children(first: 10) { nodes { id text deletedAt children(first: 10) { nodes { id } } } }\n      descendants(first: 10) { nodes { id text parent { id } } }\n    }\n  }\n": typeof types.TreeDocument,
    "\n  query ChannelTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 5) { nodes { id text alsoSentToChannel } } }\n  }\n": typeof types.ChannelTimelineDocument,
    "\n  query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {\n    channel(id: $id) {\n      messages(first: $first, after: $after, last: $last, before: $before, around: $around) {\n        edges { cursor node { id createdAt } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.PageDocument,
    "\n  query Replies($id: ID!, $last: Int) {\n    message(id: $id) { children(last: $last) { nodes { id } } }\n  }\n": typeof types.RepliesDocument,
    "\n  mutation PinsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.PinsSendDocument,
    "\n  mutation PinsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n": typeof types.PinsDeleteDocument,
    "\n  mutation Pin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PinDocument,
    "\n  mutation Unpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UnpinDocument,
    "\n  query ChannelPins($id: ID!, $first: Int, $after: String) {\n    channel(id: $id) {\n      pins(first: $first, after: $after) {\n        nodes { id text pinnedAt pinnedBy { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ChannelPinsDocument,
    "\n  query ChannelPinsBackward($id: ID!) {\n    channel(id: $id) { pins(last: 2) { nodes { id } } }\n  }\n": typeof types.ChannelPinsBackwardDocument,
    "\n  query PinsTimeline($id: ID!) {\n    channel(id: $id) {\n      messages(first: 1) {\n        nodes { id type text author { name } systemEvent { type actor { name } channelName message { id } } }\n      }\n    }\n  }\n": typeof types.PinsTimelineDocument,
    "\n  query PinsEverywhere($first: Int!) {\n    workspaces { channels(first: $first) { nodes { name pins(first: 5) { nodes { id pinnedBy { name } } } } } }\n  }\n": typeof types.PinsEverywhereDocument,
    "\n  query PinsCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { pins maxPinsPerChannel eventTypes } }\n  }\n": typeof types.PinsCapabilitiesDocument,
    "\n  query ReadStateChannel($id: ID!) {\n    channel(id: $id) { id name unreadCount }\n  }\n": typeof types.ReadStateChannelDocument,
    "\n  query ReadStateMessage($id: ID!) {\n    message(id: $id) { id isUnread }\n  }\n": typeof types.ReadStateMessageDocument,
    "\n  mutation ReadStateMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { id unreadCount }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ReadStateMarkChannelReadDocument,
    "\n  mutation ReadStateMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id isUnread }\n      channel { id unreadCount }\n      thread { unreadReplyCount hasNewReplies root { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ReadStateMarkUnreadDocument,
    "\n  query ReadStateUnreads($workspaceId: ID!, $first: Int, $after: String, $messagesFirst: Int, $messagesAfter: String) {\n    workspace(id: $workspaceId) {\n      unreads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            unreadCount\n            channel { id name unreadCount }\n            messages(first: $messagesFirst, after: $messagesAfter) {\n              nodes { id text isUnread createdAt author { name } }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ReadStateUnreadsDocument,
    "\n  query ReadStateInbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      nodes { id isUnread createdAt author { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ReadStateInboxDocument,
    "\n  query ReadStateChannelPage($workspaceId: ID!, $channels: Int!, $messages: Int!) {\n    workspace(id: $workspaceId) {\n      channels(first: $channels, includeArchived: true) {\n        nodes { unreadCount messages(first: $messages) { nodes { id isUnread } } }\n      }\n    }\n  }\n": typeof types.ReadStateChannelPageDocument,
    "\n  mutation TableSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id text markdown status scheduledFor lastError alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TableScheduleDocument,
    "\n  query TableScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      capabilities { scheduledMessages eventTypes }\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.TableScheduledListDocument,
    "\n  query TableScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text status lastError scheduledFor\n        sentMessage { id text parent { id } author { name } }\n      }\n    }\n  }\n": typeof types.TableScheduledNodeDocument,
    "\n  mutation TableUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TableUpdateScheduledDocument,
    "\n  mutation TableCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TableCancelScheduledDocument,
    "\n  mutation TableSendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TableSendScheduledNowDocument,
    "\n  mutation TableScheduledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.TableScheduledSendDocument,
    "\n  query TableScheduledTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 30) { nodes { id text } } }\n  }\n": typeof types.TableScheduledTimelineDocument,
    "\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id\n        text\n        markdown\n        status\n        scheduledFor\n        lastError\n        alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id filename }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ScheduleMessageDocument,
    "\n  query ScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ScheduledListDocument,
    "\n  query ScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text\n        status\n        lastError\n        scheduledFor\n        updatedAt\n        channel { name }\n        attachments { id }\n        sentMessage {\n          id\n          text\n          parent { id }\n          threadRoot { id }\n          alsoSentToChannel\n          mentions { name }\n          attachments { id }\n          author { name }\n          viewerThreadSubscription\n        }\n      }\n    }\n  }\n": typeof types.ScheduledNodeDocument,
    "\n  mutation UpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError attachments { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateScheduledDocument,
    "\n  mutation DeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.DeleteScheduledDocument,
    "\n  mutation SendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } mentions { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SendScheduledNowDocument,
    "\n  mutation ScheduledTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ScheduledTestSendDocument,
    "\n  query ScheduledCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { scheduledMessages eventTypes } }\n  }\n": typeof types.ScheduledCapabilitiesDocument,
    "\n  mutation SearchSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id createdAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.SearchSendDocument,
    "\n  mutation SearchEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) { userErrors { code message } }\n  }\n": typeof types.SearchEditDocument,
    "\n  mutation SearchDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n": typeof types.SearchDeleteDocument,
    "\n  query Search(\n    $workspace: ID!\n    $query: String!\n    $channelId: ID\n    $userId: ID\n    $before: DateTime\n    $after: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    workspace(id: $workspace) {\n      search(query: $query, channelId: $channelId, userId: $userId, before: $before, after: $after, first: $first, offset: $offset) {\n        totalCount\n        hasMore\n        query\n        nodes {\n          score\n          highlights\n          message { id text author { name } channel { name } }\n          context { id text }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { search } }\n  }\n": typeof types.SearchCapabilitiesDocument,
    "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n": typeof types.ThreadTreeByChildrenDocument,
    "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": typeof types.AddThreadDocument,
    "\n  mutation ThreadTreeReact($input: ReactionInput!) {\n    addReaction(input: $input) { userErrors { code message } }\n  }\n": typeof types.ThreadTreeReactDocument,
    "\n  query OneThread($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      author { name }\n      children(first: 10) { nodes { id author { name } } }\n      descendants(first: 10) {\n        nodes { id text parent { id } threadRoot { id } author { name } reactions { count users { name } } }\n      }\n    }\n  }\n": typeof types.OneThreadDocument,
    "\n  mutation ThreadsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.ThreadsSendDocument,
    "\n  query ThreadsSubscription($id: ID!) {\n    message(id: $id) { id viewerThreadSubscription }\n  }\n": typeof types.ThreadsSubscriptionDocument,
    "\n  fragment ThreadsThread on Thread {\n    root { id }\n    hasNewReplies\n    unreadReplyCount\n    viewerSubscription\n    lastActivityAt\n  }\n": typeof types.ThreadsThreadFragmentDoc,
    "\n  mutation ThreadsSubscribe($input: MessageInput!) {\n    subscribeToThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ThreadsSubscribeDocument,
    "\n  mutation ThreadsUnsubscribe($input: MessageInput!) {\n    unsubscribeFromThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ThreadsUnsubscribeDocument,
    "\n  mutation ThreadsMarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ThreadsMarkReadDocument,
    "\n  query ThreadsList($workspaceId: ID!, $first: Int, $after: String, $last: Int) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after) {\n        unreadThreadCount\n        edges { cursor node { ...ThreadsThread root { id text channel { name } } latestReplies(last: $last) { id text isUnread } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ThreadsListDocument,
    "\n  query ThreadsUnreadOnly($workspaceId: ID!, $first: Int, $after: String) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after, filter: { unreadOnly: true }) {\n        unreadThreadCount\n        nodes { root { id } hasNewReplies unreadReplyCount }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ThreadsUnreadOnlyDocument,
    "\n  query ThreadsChannelSubscriptions($id: ID!, $first: Int!) {\n    channel(id: $id) { messages(first: $first) { nodes { id viewerThreadSubscription } } }\n  }\n": typeof types.ThreadsChannelSubscriptionsDocument,
    "\n  mutation GmailAttachInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl userErrors { code message } }\n  }\n": typeof types.GmailAttachInstallDocument,
    "\n  query GmailAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.GmailAttachWorkspacesDocument,
    "\n  mutation GmailAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.GmailAttachSendDocument,
    "\n  query GmailAttachInbox($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n": typeof types.GmailAttachInboxDocument,
    "\n  mutation BeginGmailInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n": typeof types.BeginGmailInstallDocument,
    "\n  query GmailLiveWorkspaces {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.GmailLiveWorkspacesDocument,
    "\n  mutation SendGmail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        html\n        author { name email }\n        recipients { from { email } to { id name email } cc { name email } bcc { email } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SendGmailDocument,
    "\n  query GmailInboxMail($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n": typeof types.GmailInboxMailDocument,
    "\n  mutation ScheduleGmail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ScheduleGmailDocument,
    "\n  query ScheduledGmail($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { subject text parent { id } } } }\n  }\n": typeof types.ScheduledGmailDocument,
    "\n  query GmailAttachments($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n": typeof types.GmailAttachmentsDocument,
    "\n  query GmailInlineImage($id: ID!) {\n    node(id: $id) { ... on Message { html attachments { filename url } } }\n  }\n": typeof types.GmailInlineImageDocument,
    "\n  query GmailStatus {\n    workspaces { provider connectionStatus channels(first: 5) { nodes { id } } }\n  }\n": typeof types.GmailStatusDocument,
    "\n  query GmailEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n": typeof types.GmailEconomyTreeDocument,
    "\n  query GmailEconomyNode($id: ID!) {\n    node(id: $id) { id ... on Message { text } }\n  }\n": typeof types.GmailEconomyNodeDocument,
    "\n  mutation GmailEconomyReply($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": typeof types.GmailEconomyReplyDocument,
    "\n  mutation KitSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.KitScheduleDocument,
    "\n  mutation KitUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.KitUpdateScheduledDocument,
    "\n  mutation KitCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n": typeof types.KitCancelScheduledDocument,
    "\n  mutation KitSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n": typeof types.KitSendNowDocument,
    "\n  query KitScheduledNode($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { id text status lastError sentMessage { id text } }\n    }\n  }\n": typeof types.KitScheduledNodeDocument,
    "\n  query KitMailboxes {\n    workspaces { id provider capabilities { scheduledMessages email } channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.KitMailboxesDocument,
    "\n  mutation KitScheduleMail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status subject to cc bcc }\n      userErrors { code message field }\n    }\n  }\n": typeof types.KitScheduleMailDocument,
    "\n  query KitScheduledMail($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage {\n        status\n        lastError\n        subject\n        to\n        sentMessage { subject text html parent { id } recipients { to { email } cc { email } bcc { email } } }\n      }\n    }\n  }\n": typeof types.KitScheduledMailDocument,
    "\n  mutation KitUpdateScheduledMail($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { text subject to }\n      userErrors { code message field }\n    }\n  }\n": typeof types.KitUpdateScheduledMailDocument,
    "\n  query KitMailboxMessages($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 30) { nodes { id subject } } } }\n  }\n": typeof types.KitMailboxMessagesDocument,
    "\n  query KitTeamsWorkspace {\n    workspaces { id provider capabilities { scheduledMessages } channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.KitTeamsWorkspaceDocument,
    "\n  mutation KitTeamsSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.KitTeamsScheduleDocument,
    "\n  query KitTeamsScheduled($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { text author { name } } } }\n  }\n": typeof types.KitTeamsScheduledDocument,
    "\n  mutation KitStageUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url }\n      userErrors { code message field }\n    }\n  }\n": typeof types.KitStageUploadDocument,
    "\n  query OutlookAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.OutlookAttachWorkspacesDocument,
    "\n  mutation OutlookAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.OutlookAttachSendDocument,
    "\n  query OutlookAttachNode($id: ID!) {\n    node(id: $id) { ... on Attachment { id filename sizeBytes url } }\n  }\n": typeof types.OutlookAttachNodeDocument,
    "\n  query OutlookAttachMessage($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n": typeof types.OutlookAttachMessageDocument,
    "query OutlookAttachInbox($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }": typeof types.OutlookAttachInboxDocument,
    "\n  query OutlookMailbox {\n    workspaces { id provider name capabilities { threadModel readState search } channels(first: 50) { nodes { id name type } } }\n  }\n": typeof types.OutlookMailboxDocument,
    "\n  mutation OutlookSendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject text parent { id } author { email } recipients { to { email } cc { email } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.OutlookSendMailDocument,
    "\n  query OutlookThread($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        subject\n        replyCount\n        children(first: 10) { nodes { id text author { name email } parent { id } } }\n        descendants(first: 10) { nodes { id } }\n      }\n    }\n  }\n": typeof types.OutlookThreadDocument,
    "\n  query OutlookAttachments($id: ID!) {\n    node(id: $id) { ... on Message { html text attachments { filename contentType sizeBytes url } } }\n  }\n": typeof types.OutlookAttachmentsDocument,
    "\n  query OutlookUnifiedInbox($after: String) {\n    messages(first: 3, after: $after) {\n      nodes { id createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OutlookUnifiedInboxDocument,
    "query OutlookInboxAll { messages(first: 12) { nodes { id createdAt workspace { provider } } } }": typeof types.OutlookInboxAllDocument,
    "query OutlookInboxIds($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }": typeof types.OutlookInboxIdsDocument,
    "\n  mutation BeginOutlookConnect($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n": typeof types.BeginOutlookConnectDocument,
    "\n  query OutlookOAuthMailboxes {\n    workspaces { name provider channels(first: 20) { nodes { name type } } }\n  }\n": typeof types.OutlookOAuthMailboxesDocument,
    "\n  query OutlookEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          id\n          name\n          unreadCount\n          messages(first: 20) { nodes { id text isUnread descendants(first: 100) { nodes { id text isUnread parent { id } } } } }\n        }\n      }\n    }\n  }\n": typeof types.OutlookEconomyTreeDocument,
    "\n  query UnifiedInboxAcrossProviders($first: Int, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UnifiedInboxAcrossProvidersDocument,
    "\n  query OutlookPushedMailbox {\n    workspaces { id provider capabilities { eventDelivery } channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.OutlookPushedMailboxDocument,
    "\n  mutation ConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id name provider capabilities { eventDelivery } }\n      user { id name }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ConnectSlackDocument,
    "\n  mutation LinkSlack($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LinkSlackDocument,
    "\n  mutation UnlinkSlack($input: UnlinkSlackUserInput!) {\n    unlinkSlackUser(input: $input) {\n      workspaceId\n      userErrors { code message }\n    }\n  }\n": typeof types.UnlinkSlackDocument,
    "\n  query ConnectWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n": typeof types.ConnectWorkspacesDocument,
    "\n  mutation NeutralConnectWorkspace($input: ConnectWorkspaceInput!) {\n    connectWorkspace(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n": typeof types.NeutralConnectWorkspaceDocument,
    "\n  mutation NeutralLinkAccount($input: LinkAccountInput!) {\n    linkAccount(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n": typeof types.NeutralLinkAccountDocument,
    "\n  mutation NeutralUnlinkAccount($input: UnlinkAccountInput!) {\n    unlinkAccount(input: $input) { workspaceId userErrors { code message } }\n  }\n": typeof types.NeutralUnlinkAccountDocument,
    "\n  mutation NeutralBeginInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl expiresAt userErrors { code message } }\n  }\n": typeof types.NeutralBeginInstallDocument,
    "\n  mutation NeutralDisconnectWorkspace($input: DisconnectWorkspaceInput!) {\n    disconnectWorkspace(input: $input) { workspaceId userErrors { code message field } }\n  }\n": typeof types.NeutralDisconnectWorkspaceDocument,
    "\n  query NeutralWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n": typeof types.NeutralWorkspacesDocument,
    "\n  mutation SlackFeaturesConnect($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesConnectDocument,
    "\n  mutation SlackFeaturesLink($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesLinkDocument,
    "\n  query SlackFeaturesCapabilities($id: ID!) {\n    workspace(id: $id) {\n      capabilities { pins maxPinsPerChannel scheduledMessages search readState threadSubscriptions linkPreviewRemoval }\n    }\n  }\n": typeof types.SlackFeaturesCapabilitiesDocument,
    "\n  mutation SlackFeaturesPin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesPinDocument,
    "\n  mutation SlackFeaturesUnpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesUnpinDocument,
    "\n  query SlackFeaturesPins($channelId: ID!) {\n    channel(id: $channelId) {\n      pins(first: 10) { nodes { id text pinnedBy { name } } }\n    }\n  }\n": typeof types.SlackFeaturesPinsDocument,
    "\n  mutation SlackFeaturesSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status scheduledFor channel { name } parent { id } author { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SlackFeaturesScheduleDocument,
    "\n  query SlackFeaturesScheduled($id: ID!) {\n    workspace(id: $id) {\n      scheduledMessages(first: 10) { nodes { id text status scheduledFor } }\n    }\n  }\n": typeof types.SlackFeaturesScheduledDocument,
    "\n  mutation SlackFeaturesUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status parent { id } }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesUpdateScheduledDocument,
    "\n  mutation SlackFeaturesSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesSendNowDocument,
    "\n  mutation SlackFeaturesDeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesDeleteScheduledDocument,
    "\n  query SlackFeaturesReadState($channelId: ID!) {\n    channel(id: $channelId) {\n      unreadCount\n      messages(first: 5) { nodes { text isUnread } }\n    }\n  }\n": typeof types.SlackFeaturesReadStateDocument,
    "\n  mutation SlackFeaturesMarkRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackFeaturesMarkReadDocument,
    "\n  query SlackFeaturesThreads($id: ID!) {\n    workspace(id: $id) {\n      threads(first: 10) { unreadThreadCount nodes { unreadReplyCount root { text viewerThreadSubscription } } }\n    }\n  }\n": typeof types.SlackFeaturesThreadsDocument,
    "\n  query SlackFeaturesSearch($id: ID!, $query: String!) {\n    workspace(id: $id) {\n      search(query: $query) { totalCount nodes { highlights message { text author { name } } } }\n    }\n  }\n": typeof types.SlackFeaturesSearchDocument,
    "\n      mutation SlackFeaturesReply($input: SendMessageInput!) {\n        sendMessage(input: $input) { message { id } userErrors { code message } }\n      }\n    ": typeof types.SlackFeaturesReplyDocument,
    "\n  query SlackWorkspaces {\n    workspaces { id provider name capabilities { threadModel } }\n  }\n": typeof types.SlackWorkspacesDocument,
    "\n  mutation SlackReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text alsoSentToChannel parent { id } threadRoot { id } author { name } webUrl }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SlackReplyDocument,
    "\n  mutation SlackReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message retryAfterSeconds }\n    }\n  }\n": typeof types.SlackReactDocument,
    "\n  query SlackChannels($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 20) { nodes { id name } } }\n  }\n": typeof types.SlackChannelsDocument,
    "\n  query SlackTimeline($channelId: ID!) {\n    channel(id: $channelId) { messages(first: 20) { nodes { id replyCount } } }\n  }\n": typeof types.SlackTimelineDocument,
    "\n  query SlackThreadTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              id\n              text\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id text parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SlackThreadTreeDocument,
    "\n  mutation BeginSlackInstall($input: BeginSlackInstallInput!) {\n    beginSlackInstall(input: $input) {\n      installUrl\n      expiresAt\n      userErrors { code message }\n    }\n  }\n": typeof types.BeginSlackInstallDocument,
    "\n  query OAuthWorkspaces {\n    workspaces { name provider viewerUser { name } }\n  }\n": typeof types.OAuthWorkspacesDocument,
    "\n  query PolledWorkspace {\n    workspaces { provider capabilities { eventDelivery eventTypes } channels(first: 10) { nodes { id name } } }\n  }\n": typeof types.PolledWorkspaceDocument,
    "\n  mutation PolledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": typeof types.PolledSendDocument,
    "\n  query EconomyTreeWithText($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n": typeof types.EconomyTreeWithTextDocument,
    "\n  query SlackLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.SlackLiveChannelsDocument,
    "\n  mutation SlackLiveSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackLiveSendDocument,
    "\n  mutation SlackLiveReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.SlackLiveReactDocument,
    "\n  query SlackLiveInbox($first: Int!, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SlackLiveInboxDocument,
    "\n  mutation BeginTeamsInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n": typeof types.BeginTeamsInstallDocument,
    "\n  query TeamsOAuthWorkspaces {\n    workspaces { name provider viewerUser { name } channels(first: 10) { nodes { name } } }\n  }\n": typeof types.TeamsOAuthWorkspacesDocument,
    "\n  query TeamsPollingWorkspaces {\n    workspaces { id provider }\n  }\n": typeof types.TeamsPollingWorkspacesDocument,
    "\n  query TeamsLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n": typeof types.TeamsLiveChannelsDocument,
    "\n  query TeamsEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text author { name } descendants(first: 100) { nodes { id text author { name } } } } } }\n      }\n    }\n  }\n": typeof types.TeamsEconomyTreeDocument,
    "\n  query TeamsGrantStatus {\n    workspaces { id provider name connectionStatus channels(first: 10) { nodes { id name } } }\n  }\n": typeof types.TeamsGrantStatusDocument,
    "\n  mutation TeamsGrantSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": typeof types.TeamsGrantSendDocument,
    "\n  query TeamsSubscriptionsWorkspaces {\n    workspaces { id provider }\n  }\n": typeof types.TeamsSubscriptionsWorkspacesDocument,
    "\n  query EventScheduledMessage($id: ID!) {\n    node(id: $id) {\n      ... on Event { type scheduledMessage { id status sentMessage { id } } }\n    }\n  }\n": typeof types.EventScheduledMessageDocument,
    "\n  mutation SchedulerTestSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.SchedulerTestSendNowDocument,
    "\n  mutation SchedulerTestSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n": typeof types.SchedulerTestScheduleDocument,
    "\n  query SchedulerTestStatus($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { status lastError sentMessage { id text } }\n    }\n  }\n": typeof types.SchedulerTestStatusDocument,
    "\n  query SchedulerTestGeneral {\n    workspaces { name channels(first: 100) { nodes { id name } } }\n  }\n": typeof types.SchedulerTestGeneralDocument,
    "\n  mutation ReadStateEventsMarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { unreadReplyCount }\n      userErrors { code message }\n    }\n  }\n": typeof types.ReadStateEventsMarkThreadReadDocument,
    "\n  mutation ReadStateEventsMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n": typeof types.ReadStateEventsMarkChannelReadDocument,
    "\n  mutation ReadStateEventsMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.ReadStateEventsMarkUnreadDocument,
    "\n  mutation SharedDeliveryLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message }\n    }\n  }\n": typeof types.SharedDeliveryLeaveDocument,
    "\n  query SharedDeliveryGlobexChannels {\n    workspaces {\n      name\n      channels(first: 20) { nodes { id name } }\n    }\n  }\n": typeof types.SharedDeliveryGlobexChannelsDocument,
    "\n  subscription SharedDeliveryViewerView($filter: EventFilter) {\n    events(filter: $filter) {\n      type\n      message {\n        id\n        text\n        viewerCanUpdate\n        reactions { emoji count viewerHasReacted }\n      }\n    }\n  }\n": typeof types.SharedDeliveryViewerViewDocument,
    "\n  mutation SseTicket($input: CreateSubscriptionTicketInput!) {\n    createSubscriptionTicket(input: $input) { ticket expiresAt userErrors { code message field } }\n  }\n": typeof types.SseTicketDocument,
    "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": typeof types.DemoDirectoryDocument,
    "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadTreeByDescendantsDocument,
    "\n  query BenchInbox {\n    messages(first: 50) {\n      nodes {\n        id\n        text\n        createdAt\n        workspace { name }\n        channel { name }\n        author { name }\n        reactions { emoji count users { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BenchInboxDocument,
    "\n  subscription Events($filter: EventFilter, $after: String) {\n    events(filter: $filter, after: $after) {\n      id\n      cursor\n      type\n      occurredAt\n      emoji\n      workspace { id name }\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        editedAt\n        deletedAt\n        author { name }\n        parent { id }\n        threadRoot { id }\n        reactions { emoji count }\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query SubscriptionsDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": typeof types.SubscriptionsDirectoryDocument,
    "\n  mutation SubscriptionsSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsSendMessageDocument,
    "\n  mutation SubscriptionsUpdateMessage($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsUpdateMessageDocument,
    "\n  mutation SubscriptionsDeleteMessage($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsDeleteMessageDocument,
    "\n  mutation SubscriptionsAddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsAddReactionDocument,
    "\n  mutation SubscriptionsRemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { id }\n      userErrors { message }\n    }\n  }\n": typeof types.SubscriptionsRemoveReactionDocument,
};
const documents: Documents = {
    "\n  mutation BenchConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) { workspace { id } userErrors { code message } }\n  }\n": types.BenchConnectSlackDocument,
    "\n  subscription Firehose($channelId: ID!) {\n    events(filter: { channelIds: [$channelId] }) {\n      id\n      cursor\n      type\n      occurredAt\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        createdAt\n        author { id name }\n        reactions { emoji count }\n      }\n    }\n  }\n": types.FirehoseDocument,
    "\n  query BenchChannelPage($id: ID!) {\n    node(id: $id) {\n      ... on Channel {\n        id\n        name\n        messages(first: 50) {\n          nodes { id text createdAt replyCount author { id name } reactions { emoji count } }\n        }\n      }\n    }\n  }\n": types.BenchChannelPageDocument,
    "\n  query BenchThreadTree($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        id text createdAt author { id name }\n        \n      }\n    }\n  }\n": types.BenchThreadTreeDocument,
    "\n  query BenchSearch($workspaceId: ID!, $query: String!) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20) {\n        totalCount\n        nodes { score message { id text createdAt author { id name } channel { id name } } }\n      }\n    }\n  }\n": types.BenchSearchDocument,
    "\n  query BenchSearchScale($workspaceId: ID!, $query: String!, $after: DateTime) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20, after: $after) {\n        totalCount\n        nodes { score highlights message { id text createdAt author { name } channel { name } } }\n      }\n    }\n  }\n": types.BenchSearchScaleDocument,
    "\n  mutation BenchSearchSend($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { message } } }\n": types.BenchSearchSendDocument,
    "query CachedMessage($id: ID!) { message(id: $id) { id text } }": types.CachedMessageDocument,
    "\n  query Me {\n    viewer { name scopes users { name workspace { name } } }\n    workspaces { name }\n  }\n": types.MeDocument,
    "\n  query ChannelNames($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 50) { nodes { name isPrivate } } }\n  }\n": types.ChannelNamesDocument,
    "\n  query ChannelById($id: ID!) {\n    channel(id: $id) { name }\n  }\n": types.ChannelByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Channel { name } }\n    nodes(ids: [$id]) { id }\n  }\n": types.NodeByIdDocument,
    "\n  query LatestInChannel($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n": types.LatestInChannelDocument,
    "\n  query MessageById($id: ID!) {\n    message(id: $id) { id text }\n  }\n": types.MessageByIdDocument,
    "\n  mutation AttachmentsUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url createdAt }\n      userErrors { code message field }\n    }\n  }\n": types.AttachmentsUploadDocument,
    "\n  mutation AttachmentsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n": types.AttachmentsSendDocument,
    "\n  mutation AttachmentsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { code message }\n    }\n  }\n": types.AttachmentsDeleteDocument,
    "\n  query AttachmentsNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id filename sizeBytes url }\n    }\n  }\n": types.AttachmentsNodeDocument,
    "\n  query AttachmentsReadMessage($id: ID!) {\n    message(id: $id) { id attachments { id filename contentType sizeBytes url } }\n  }\n": types.AttachmentsReadMessageDocument,
    "\n  query AttachmentsCapabilities {\n    workspaces { name capabilities { attachmentUpload } }\n  }\n": types.AttachmentsCapabilitiesDocument,
    "\n  fragment ChannelOpsChannel on Channel {\n    id\n    name\n    description\n    type\n    isPrivate\n    isActive\n    viewerCanManage\n    viewerCanPost\n    parent { id name }\n    members(first: 20) { nodes { name } }\n    messages(first: 5) {\n      nodes {\n        id\n        type\n        text\n        author { name }\n        systemEvent { type user { name } actor { name } channelName oldChannelName }\n      }\n    }\n  }\n": types.ChannelOpsChannelFragmentDoc,
    "\n  mutation ChannelOpsCreate($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": types.ChannelOpsCreateDocument,
    "\n  mutation ChannelOpsRename($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": types.ChannelOpsRenameDocument,
    "\n  mutation ChannelOpsArchive($input: ChannelInput!) {\n    archiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": types.ChannelOpsArchiveDocument,
    "\n  mutation ChannelOpsUnarchive($input: ChannelInput!) {\n    unarchiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": types.ChannelOpsUnarchiveDocument,
    "\n  mutation ChannelOpsJoin($input: ChannelInput!) {\n    joinChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": types.ChannelOpsJoinDocument,
    "\n  mutation ChannelOpsLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message field }\n    }\n  }\n": types.ChannelOpsLeaveDocument,
    "\n  mutation ChannelOpsInvite($input: InviteToChannelInput!) {\n    inviteToChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n": types.ChannelOpsInviteDocument,
    "\n  query ChannelOpsRead($id: ID!) {\n    channel(id: $id) { ...ChannelOpsChannel }\n  }\n": types.ChannelOpsReadDocument,
    "\n  query ChannelOpsDirectory($workspaceId: ID!, $query: String) {\n    workspace(id: $workspaceId) {\n      users(first: 50) { nodes { id name } }\n      channels(first: 100, includeArchived: true) { nodes { id name } }\n      joinableChannels(first: 50, query: $query) { nodes { channelId name description memberCount } }\n    }\n  }\n": types.ChannelOpsDirectoryDocument,
    "\n  mutation ChannelOpsPost($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": types.ChannelOpsPostDocument,
    "\n  query ChannelOpsJoinablePage($workspaceId: ID!, $after: String) {\n    workspace(id: $workspaceId) {\n      joinableChannels(first: 1, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.ChannelOpsJoinablePageDocument,
    "\n  query ChannelOpsCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { eventTypes } }\n  }\n": types.ChannelOpsCapabilitiesDocument,
    "\n  query ChannelOpsReadMessage($id: ID!) {\n    message(id: $id) { id text }\n  }\n": types.ChannelOpsReadMessageDocument,
    "\n  mutation SendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        text\n        html\n        parent { id }\n        author { name email }\n        recipients {\n          from { name email }\n          to { id name email }\n          cc { name email }\n          bcc { name email }\n        }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.SendMailDocument,
    "\n  mutation UpdateMail($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { text html }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateMailDocument,
    "\n  query MailCapabilities {\n    workspaces { name capabilities { email } }\n  }\n": types.MailCapabilitiesDocument,
    "\n  query MailUserNode($id: ID!) {\n    node(id: $id) { ... on User { name email isBot } }\n  }\n": types.MailUserNodeDocument,
    "\n  query Inbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node { id text createdAt workspace { name } channel { name } author { name } mentions { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation Post($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { message } }\n  }\n": types.PostDocument,
    "\n  mutation PreviewSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id linkPreview { url title } }\n      userErrors { code message }\n    }\n  }\n": types.PreviewSendDocument,
    "\n  mutation PreviewEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id linkPreview { url linkedMessage { id } linkedChannel { id } } }\n      userErrors { code message }\n    }\n  }\n": types.PreviewEditDocument,
    "\n  mutation RemovePreview($input: MessageInput!) {\n    removeLinkPreview(input: $input) {\n      message { id linkPreview { url } }\n      userErrors { code message field }\n    }\n  }\n": types.RemovePreviewDocument,
    "\n  query PreviewOf($id: ID!) {\n    message(id: $id) {\n      id\n      linkPreview {\n        url\n        title\n        description\n        imageUrl\n        siteName\n        linkedMessage { id text }\n        linkedChannel { id name }\n      }\n    }\n  }\n": types.PreviewOfDocument,
    "\n  query PreviewCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { linkPreviewRemoval eventTypes } }\n  }\n": types.PreviewCapabilitiesDocument,
    "\n  query PreviewTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n": types.PreviewTimelineDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        text\n        markdown\n        html\n        alsoSentToChannel\n        author { name }\n        parent { id }\n        threadRoot { id }\n        mentions { name }\n        viewerCanUpdate\n        viewerCanDelete\n      }\n      userErrors { code message field }\n    }\n  }\n": types.SendDocument,
    "\n  mutation Update($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id text editedAt }\n      userErrors { code message }\n    }\n  }\n": types.UpdateDocument,
    "\n  mutation Delete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      message { id text deletedAt }\n      userErrors { code message }\n    }\n  }\n": types.DeleteDocument,
    "\n  mutation React($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      message { reactions { emoji count } }\n      userErrors { code message }\n    }\n  }\n": types.UnreactDocument,
    "\n  query Tree($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      hasChildren\n      lastReplyAt\n      threadParticipants { name }\n      children(first: 10) { nodes { id text deletedAt children(first: 10) { nodes { id } } } }\n      descendants(first: 10) { nodes { id text parent { id } } }\n    }\n  }\n": types.TreeDocument,
    "\n  query ChannelTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 5) { nodes { id text alsoSentToChannel } } }\n  }\n": types.ChannelTimelineDocument,
    "\n  query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {\n    channel(id: $id) {\n      messages(first: $first, after: $after, last: $last, before: $before, around: $around) {\n        edges { cursor node { id createdAt } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.PageDocument,
    "\n  query Replies($id: ID!, $last: Int) {\n    message(id: $id) { children(last: $last) { nodes { id } } }\n  }\n": types.RepliesDocument,
    "\n  mutation PinsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": types.PinsSendDocument,
    "\n  mutation PinsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n": types.PinsDeleteDocument,
    "\n  mutation Pin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n": types.PinDocument,
    "\n  mutation Unpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n": types.UnpinDocument,
    "\n  query ChannelPins($id: ID!, $first: Int, $after: String) {\n    channel(id: $id) {\n      pins(first: $first, after: $after) {\n        nodes { id text pinnedAt pinnedBy { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ChannelPinsDocument,
    "\n  query ChannelPinsBackward($id: ID!) {\n    channel(id: $id) { pins(last: 2) { nodes { id } } }\n  }\n": types.ChannelPinsBackwardDocument,
    "\n  query PinsTimeline($id: ID!) {\n    channel(id: $id) {\n      messages(first: 1) {\n        nodes { id type text author { name } systemEvent { type actor { name } channelName message { id } } }\n      }\n    }\n  }\n": types.PinsTimelineDocument,
    "\n  query PinsEverywhere($first: Int!) {\n    workspaces { channels(first: $first) { nodes { name pins(first: 5) { nodes { id pinnedBy { name } } } } } }\n  }\n": types.PinsEverywhereDocument,
    "\n  query PinsCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { pins maxPinsPerChannel eventTypes } }\n  }\n": types.PinsCapabilitiesDocument,
    "\n  query ReadStateChannel($id: ID!) {\n    channel(id: $id) { id name unreadCount }\n  }\n": types.ReadStateChannelDocument,
    "\n  query ReadStateMessage($id: ID!) {\n    message(id: $id) { id isUnread }\n  }\n": types.ReadStateMessageDocument,
    "\n  mutation ReadStateMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { id unreadCount }\n      userErrors { code message field }\n    }\n  }\n": types.ReadStateMarkChannelReadDocument,
    "\n  mutation ReadStateMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id isUnread }\n      channel { id unreadCount }\n      thread { unreadReplyCount hasNewReplies root { id } }\n      userErrors { code message field }\n    }\n  }\n": types.ReadStateMarkUnreadDocument,
    "\n  query ReadStateUnreads($workspaceId: ID!, $first: Int, $after: String, $messagesFirst: Int, $messagesAfter: String) {\n    workspace(id: $workspaceId) {\n      unreads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            unreadCount\n            channel { id name unreadCount }\n            messages(first: $messagesFirst, after: $messagesAfter) {\n              nodes { id text isUnread createdAt author { name } }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ReadStateUnreadsDocument,
    "\n  query ReadStateInbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      nodes { id isUnread createdAt author { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ReadStateInboxDocument,
    "\n  query ReadStateChannelPage($workspaceId: ID!, $channels: Int!, $messages: Int!) {\n    workspace(id: $workspaceId) {\n      channels(first: $channels, includeArchived: true) {\n        nodes { unreadCount messages(first: $messages) { nodes { id isUnread } } }\n      }\n    }\n  }\n": types.ReadStateChannelPageDocument,
    "\n  mutation TableSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id text markdown status scheduledFor lastError alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.TableScheduleDocument,
    "\n  query TableScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      capabilities { scheduledMessages eventTypes }\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.TableScheduledListDocument,
    "\n  query TableScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text status lastError scheduledFor\n        sentMessage { id text parent { id } author { name } }\n      }\n    }\n  }\n": types.TableScheduledNodeDocument,
    "\n  mutation TableUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError }\n      userErrors { code message field }\n    }\n  }\n": types.TableUpdateScheduledDocument,
    "\n  mutation TableCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n": types.TableCancelScheduledDocument,
    "\n  mutation TableSendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n": types.TableSendScheduledNowDocument,
    "\n  mutation TableScheduledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": types.TableScheduledSendDocument,
    "\n  query TableScheduledTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 30) { nodes { id text } } }\n  }\n": types.TableScheduledTimelineDocument,
    "\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id\n        text\n        markdown\n        status\n        scheduledFor\n        lastError\n        alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id filename }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.ScheduleMessageDocument,
    "\n  query ScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ScheduledListDocument,
    "\n  query ScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text\n        status\n        lastError\n        scheduledFor\n        updatedAt\n        channel { name }\n        attachments { id }\n        sentMessage {\n          id\n          text\n          parent { id }\n          threadRoot { id }\n          alsoSentToChannel\n          mentions { name }\n          attachments { id }\n          author { name }\n          viewerThreadSubscription\n        }\n      }\n    }\n  }\n": types.ScheduledNodeDocument,
    "\n  mutation UpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError attachments { id } }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateScheduledDocument,
    "\n  mutation DeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n": types.DeleteScheduledDocument,
    "\n  mutation SendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } mentions { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n": types.SendScheduledNowDocument,
    "\n  mutation ScheduledTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id } }\n      userErrors { code message field }\n    }\n  }\n": types.ScheduledTestSendDocument,
    "\n  query ScheduledCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { scheduledMessages eventTypes } }\n  }\n": types.ScheduledCapabilitiesDocument,
    "\n  mutation SearchSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id createdAt }\n      userErrors { code message }\n    }\n  }\n": types.SearchSendDocument,
    "\n  mutation SearchEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) { userErrors { code message } }\n  }\n": types.SearchEditDocument,
    "\n  mutation SearchDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n": types.SearchDeleteDocument,
    "\n  query Search(\n    $workspace: ID!\n    $query: String!\n    $channelId: ID\n    $userId: ID\n    $before: DateTime\n    $after: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    workspace(id: $workspace) {\n      search(query: $query, channelId: $channelId, userId: $userId, before: $before, after: $after, first: $first, offset: $offset) {\n        totalCount\n        hasMore\n        query\n        nodes {\n          score\n          highlights\n          message { id text author { name } channel { name } }\n          context { id text }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { search } }\n  }\n": types.SearchCapabilitiesDocument,
    "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n": types.ThreadTreeByChildrenDocument,
    "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": types.AddThreadDocument,
    "\n  mutation ThreadTreeReact($input: ReactionInput!) {\n    addReaction(input: $input) { userErrors { code message } }\n  }\n": types.ThreadTreeReactDocument,
    "\n  query OneThread($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      author { name }\n      children(first: 10) { nodes { id author { name } } }\n      descendants(first: 10) {\n        nodes { id text parent { id } threadRoot { id } author { name } reactions { count users { name } } }\n      }\n    }\n  }\n": types.OneThreadDocument,
    "\n  mutation ThreadsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": types.ThreadsSendDocument,
    "\n  query ThreadsSubscription($id: ID!) {\n    message(id: $id) { id viewerThreadSubscription }\n  }\n": types.ThreadsSubscriptionDocument,
    "\n  fragment ThreadsThread on Thread {\n    root { id }\n    hasNewReplies\n    unreadReplyCount\n    viewerSubscription\n    lastActivityAt\n  }\n": types.ThreadsThreadFragmentDoc,
    "\n  mutation ThreadsSubscribe($input: MessageInput!) {\n    subscribeToThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n": types.ThreadsSubscribeDocument,
    "\n  mutation ThreadsUnsubscribe($input: MessageInput!) {\n    unsubscribeFromThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n": types.ThreadsUnsubscribeDocument,
    "\n  mutation ThreadsMarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n": types.ThreadsMarkReadDocument,
    "\n  query ThreadsList($workspaceId: ID!, $first: Int, $after: String, $last: Int) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after) {\n        unreadThreadCount\n        edges { cursor node { ...ThreadsThread root { id text channel { name } } latestReplies(last: $last) { id text isUnread } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ThreadsListDocument,
    "\n  query ThreadsUnreadOnly($workspaceId: ID!, $first: Int, $after: String) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after, filter: { unreadOnly: true }) {\n        unreadThreadCount\n        nodes { root { id } hasNewReplies unreadReplyCount }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ThreadsUnreadOnlyDocument,
    "\n  query ThreadsChannelSubscriptions($id: ID!, $first: Int!) {\n    channel(id: $id) { messages(first: $first) { nodes { id viewerThreadSubscription } } }\n  }\n": types.ThreadsChannelSubscriptionsDocument,
    "\n  mutation GmailAttachInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl userErrors { code message } }\n  }\n": types.GmailAttachInstallDocument,
    "\n  query GmailAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n": types.GmailAttachWorkspacesDocument,
    "\n  mutation GmailAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n": types.GmailAttachSendDocument,
    "\n  query GmailAttachInbox($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n": types.GmailAttachInboxDocument,
    "\n  mutation BeginGmailInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n": types.BeginGmailInstallDocument,
    "\n  query GmailLiveWorkspaces {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n": types.GmailLiveWorkspacesDocument,
    "\n  mutation SendGmail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        html\n        author { name email }\n        recipients { from { email } to { id name email } cc { name email } bcc { email } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.SendGmailDocument,
    "\n  query GmailInboxMail($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n": types.GmailInboxMailDocument,
    "\n  mutation ScheduleGmail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n": types.ScheduleGmailDocument,
    "\n  query ScheduledGmail($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { subject text parent { id } } } }\n  }\n": types.ScheduledGmailDocument,
    "\n  query GmailAttachments($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n": types.GmailAttachmentsDocument,
    "\n  query GmailInlineImage($id: ID!) {\n    node(id: $id) { ... on Message { html attachments { filename url } } }\n  }\n": types.GmailInlineImageDocument,
    "\n  query GmailStatus {\n    workspaces { provider connectionStatus channels(first: 5) { nodes { id } } }\n  }\n": types.GmailStatusDocument,
    "\n  query GmailEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n": types.GmailEconomyTreeDocument,
    "\n  query GmailEconomyNode($id: ID!) {\n    node(id: $id) { id ... on Message { text } }\n  }\n": types.GmailEconomyNodeDocument,
    "\n  mutation GmailEconomyReply($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": types.GmailEconomyReplyDocument,
    "\n  mutation KitSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n": types.KitScheduleDocument,
    "\n  mutation KitUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n": types.KitUpdateScheduledDocument,
    "\n  mutation KitCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n": types.KitCancelScheduledDocument,
    "\n  mutation KitSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n": types.KitSendNowDocument,
    "\n  query KitScheduledNode($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { id text status lastError sentMessage { id text } }\n    }\n  }\n": types.KitScheduledNodeDocument,
    "\n  query KitMailboxes {\n    workspaces { id provider capabilities { scheduledMessages email } channels(first: 50) { nodes { id name } } }\n  }\n": types.KitMailboxesDocument,
    "\n  mutation KitScheduleMail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status subject to cc bcc }\n      userErrors { code message field }\n    }\n  }\n": types.KitScheduleMailDocument,
    "\n  query KitScheduledMail($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage {\n        status\n        lastError\n        subject\n        to\n        sentMessage { subject text html parent { id } recipients { to { email } cc { email } bcc { email } } }\n      }\n    }\n  }\n": types.KitScheduledMailDocument,
    "\n  mutation KitUpdateScheduledMail($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { text subject to }\n      userErrors { code message field }\n    }\n  }\n": types.KitUpdateScheduledMailDocument,
    "\n  query KitMailboxMessages($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 30) { nodes { id subject } } } }\n  }\n": types.KitMailboxMessagesDocument,
    "\n  query KitTeamsWorkspace {\n    workspaces { id provider capabilities { scheduledMessages } channels(first: 50) { nodes { id name } } }\n  }\n": types.KitTeamsWorkspaceDocument,
    "\n  mutation KitTeamsSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n": types.KitTeamsScheduleDocument,
    "\n  query KitTeamsScheduled($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { text author { name } } } }\n  }\n": types.KitTeamsScheduledDocument,
    "\n  mutation KitStageUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url }\n      userErrors { code message field }\n    }\n  }\n": types.KitStageUploadDocument,
    "\n  query OutlookAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n": types.OutlookAttachWorkspacesDocument,
    "\n  mutation OutlookAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n": types.OutlookAttachSendDocument,
    "\n  query OutlookAttachNode($id: ID!) {\n    node(id: $id) { ... on Attachment { id filename sizeBytes url } }\n  }\n": types.OutlookAttachNodeDocument,
    "\n  query OutlookAttachMessage($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n": types.OutlookAttachMessageDocument,
    "query OutlookAttachInbox($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }": types.OutlookAttachInboxDocument,
    "\n  query OutlookMailbox {\n    workspaces { id provider name capabilities { threadModel readState search } channels(first: 50) { nodes { id name type } } }\n  }\n": types.OutlookMailboxDocument,
    "\n  mutation OutlookSendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject text parent { id } author { email } recipients { to { email } cc { email } } }\n      userErrors { code message field }\n    }\n  }\n": types.OutlookSendMailDocument,
    "\n  query OutlookThread($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        subject\n        replyCount\n        children(first: 10) { nodes { id text author { name email } parent { id } } }\n        descendants(first: 10) { nodes { id } }\n      }\n    }\n  }\n": types.OutlookThreadDocument,
    "\n  query OutlookAttachments($id: ID!) {\n    node(id: $id) { ... on Message { html text attachments { filename contentType sizeBytes url } } }\n  }\n": types.OutlookAttachmentsDocument,
    "\n  query OutlookUnifiedInbox($after: String) {\n    messages(first: 3, after: $after) {\n      nodes { id createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OutlookUnifiedInboxDocument,
    "query OutlookInboxAll { messages(first: 12) { nodes { id createdAt workspace { provider } } } }": types.OutlookInboxAllDocument,
    "query OutlookInboxIds($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }": types.OutlookInboxIdsDocument,
    "\n  mutation BeginOutlookConnect($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n": types.BeginOutlookConnectDocument,
    "\n  query OutlookOAuthMailboxes {\n    workspaces { name provider channels(first: 20) { nodes { name type } } }\n  }\n": types.OutlookOAuthMailboxesDocument,
    "\n  query OutlookEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          id\n          name\n          unreadCount\n          messages(first: 20) { nodes { id text isUnread descendants(first: 100) { nodes { id text isUnread parent { id } } } } }\n        }\n      }\n    }\n  }\n": types.OutlookEconomyTreeDocument,
    "\n  query UnifiedInboxAcrossProviders($first: Int, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UnifiedInboxAcrossProvidersDocument,
    "\n  query OutlookPushedMailbox {\n    workspaces { id provider capabilities { eventDelivery } channels(first: 50) { nodes { id name } } }\n  }\n": types.OutlookPushedMailboxDocument,
    "\n  mutation ConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id name provider capabilities { eventDelivery } }\n      user { id name }\n      userErrors { code message field }\n    }\n  }\n": types.ConnectSlackDocument,
    "\n  mutation LinkSlack($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n": types.LinkSlackDocument,
    "\n  mutation UnlinkSlack($input: UnlinkSlackUserInput!) {\n    unlinkSlackUser(input: $input) {\n      workspaceId\n      userErrors { code message }\n    }\n  }\n": types.UnlinkSlackDocument,
    "\n  query ConnectWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n": types.ConnectWorkspacesDocument,
    "\n  mutation NeutralConnectWorkspace($input: ConnectWorkspaceInput!) {\n    connectWorkspace(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n": types.NeutralConnectWorkspaceDocument,
    "\n  mutation NeutralLinkAccount($input: LinkAccountInput!) {\n    linkAccount(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n": types.NeutralLinkAccountDocument,
    "\n  mutation NeutralUnlinkAccount($input: UnlinkAccountInput!) {\n    unlinkAccount(input: $input) { workspaceId userErrors { code message } }\n  }\n": types.NeutralUnlinkAccountDocument,
    "\n  mutation NeutralBeginInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl expiresAt userErrors { code message } }\n  }\n": types.NeutralBeginInstallDocument,
    "\n  mutation NeutralDisconnectWorkspace($input: DisconnectWorkspaceInput!) {\n    disconnectWorkspace(input: $input) { workspaceId userErrors { code message field } }\n  }\n": types.NeutralDisconnectWorkspaceDocument,
    "\n  query NeutralWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n": types.NeutralWorkspacesDocument,
    "\n  mutation SlackFeaturesConnect($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id }\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesConnectDocument,
    "\n  mutation SlackFeaturesLink($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesLinkDocument,
    "\n  query SlackFeaturesCapabilities($id: ID!) {\n    workspace(id: $id) {\n      capabilities { pins maxPinsPerChannel scheduledMessages search readState threadSubscriptions linkPreviewRemoval }\n    }\n  }\n": types.SlackFeaturesCapabilitiesDocument,
    "\n  mutation SlackFeaturesPin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesPinDocument,
    "\n  mutation SlackFeaturesUnpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesUnpinDocument,
    "\n  query SlackFeaturesPins($channelId: ID!) {\n    channel(id: $channelId) {\n      pins(first: 10) { nodes { id text pinnedBy { name } } }\n    }\n  }\n": types.SlackFeaturesPinsDocument,
    "\n  mutation SlackFeaturesSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status scheduledFor channel { name } parent { id } author { name } }\n      userErrors { code message field }\n    }\n  }\n": types.SlackFeaturesScheduleDocument,
    "\n  query SlackFeaturesScheduled($id: ID!) {\n    workspace(id: $id) {\n      scheduledMessages(first: 10) { nodes { id text status scheduledFor } }\n    }\n  }\n": types.SlackFeaturesScheduledDocument,
    "\n  mutation SlackFeaturesUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status parent { id } }\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesUpdateScheduledDocument,
    "\n  mutation SlackFeaturesSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } }\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesSendNowDocument,
    "\n  mutation SlackFeaturesDeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesDeleteScheduledDocument,
    "\n  query SlackFeaturesReadState($channelId: ID!) {\n    channel(id: $channelId) {\n      unreadCount\n      messages(first: 5) { nodes { text isUnread } }\n    }\n  }\n": types.SlackFeaturesReadStateDocument,
    "\n  mutation SlackFeaturesMarkRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n": types.SlackFeaturesMarkReadDocument,
    "\n  query SlackFeaturesThreads($id: ID!) {\n    workspace(id: $id) {\n      threads(first: 10) { unreadThreadCount nodes { unreadReplyCount root { text viewerThreadSubscription } } }\n    }\n  }\n": types.SlackFeaturesThreadsDocument,
    "\n  query SlackFeaturesSearch($id: ID!, $query: String!) {\n    workspace(id: $id) {\n      search(query: $query) { totalCount nodes { highlights message { text author { name } } } }\n    }\n  }\n": types.SlackFeaturesSearchDocument,
    "\n      mutation SlackFeaturesReply($input: SendMessageInput!) {\n        sendMessage(input: $input) { message { id } userErrors { code message } }\n      }\n    ": types.SlackFeaturesReplyDocument,
    "\n  query SlackWorkspaces {\n    workspaces { id provider name capabilities { threadModel } }\n  }\n": types.SlackWorkspacesDocument,
    "\n  mutation SlackReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text alsoSentToChannel parent { id } threadRoot { id } author { name } webUrl }\n      userErrors { code message field }\n    }\n  }\n": types.SlackReplyDocument,
    "\n  mutation SlackReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message retryAfterSeconds }\n    }\n  }\n": types.SlackReactDocument,
    "\n  query SlackChannels($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 20) { nodes { id name } } }\n  }\n": types.SlackChannelsDocument,
    "\n  query SlackTimeline($channelId: ID!) {\n    channel(id: $channelId) { messages(first: 20) { nodes { id replyCount } } }\n  }\n": types.SlackTimelineDocument,
    "\n  query SlackThreadTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              id\n              text\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id text parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SlackThreadTreeDocument,
    "\n  mutation BeginSlackInstall($input: BeginSlackInstallInput!) {\n    beginSlackInstall(input: $input) {\n      installUrl\n      expiresAt\n      userErrors { code message }\n    }\n  }\n": types.BeginSlackInstallDocument,
    "\n  query OAuthWorkspaces {\n    workspaces { name provider viewerUser { name } }\n  }\n": types.OAuthWorkspacesDocument,
    "\n  query PolledWorkspace {\n    workspaces { provider capabilities { eventDelivery eventTypes } channels(first: 10) { nodes { id name } } }\n  }\n": types.PolledWorkspaceDocument,
    "\n  mutation PolledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": types.PolledSendDocument,
    "\n  query EconomyTreeWithText($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n": types.EconomyTreeWithTextDocument,
    "\n  query SlackLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n": types.SlackLiveChannelsDocument,
    "\n  mutation SlackLiveSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n": types.SlackLiveSendDocument,
    "\n  mutation SlackLiveReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": types.SlackLiveReactDocument,
    "\n  query SlackLiveInbox($first: Int!, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SlackLiveInboxDocument,
    "\n  mutation BeginTeamsInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n": types.BeginTeamsInstallDocument,
    "\n  query TeamsOAuthWorkspaces {\n    workspaces { name provider viewerUser { name } channels(first: 10) { nodes { name } } }\n  }\n": types.TeamsOAuthWorkspacesDocument,
    "\n  query TeamsPollingWorkspaces {\n    workspaces { id provider }\n  }\n": types.TeamsPollingWorkspacesDocument,
    "\n  query TeamsLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n": types.TeamsLiveChannelsDocument,
    "\n  query TeamsEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text author { name } descendants(first: 100) { nodes { id text author { name } } } } } }\n      }\n    }\n  }\n": types.TeamsEconomyTreeDocument,
    "\n  query TeamsGrantStatus {\n    workspaces { id provider name connectionStatus channels(first: 10) { nodes { id name } } }\n  }\n": types.TeamsGrantStatusDocument,
    "\n  mutation TeamsGrantSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n": types.TeamsGrantSendDocument,
    "\n  query TeamsSubscriptionsWorkspaces {\n    workspaces { id provider }\n  }\n": types.TeamsSubscriptionsWorkspacesDocument,
    "\n  query EventScheduledMessage($id: ID!) {\n    node(id: $id) {\n      ... on Event { type scheduledMessage { id status sentMessage { id } } }\n    }\n  }\n": types.EventScheduledMessageDocument,
    "\n  mutation SchedulerTestSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": types.SchedulerTestSendNowDocument,
    "\n  mutation SchedulerTestSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n": types.SchedulerTestScheduleDocument,
    "\n  query SchedulerTestStatus($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { status lastError sentMessage { id text } }\n    }\n  }\n": types.SchedulerTestStatusDocument,
    "\n  query SchedulerTestGeneral {\n    workspaces { name channels(first: 100) { nodes { id name } } }\n  }\n": types.SchedulerTestGeneralDocument,
    "\n  mutation ReadStateEventsMarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { unreadReplyCount }\n      userErrors { code message }\n    }\n  }\n": types.ReadStateEventsMarkThreadReadDocument,
    "\n  mutation ReadStateEventsMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n": types.ReadStateEventsMarkChannelReadDocument,
    "\n  mutation ReadStateEventsMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n": types.ReadStateEventsMarkUnreadDocument,
    "\n  mutation SharedDeliveryLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message }\n    }\n  }\n": types.SharedDeliveryLeaveDocument,
    "\n  query SharedDeliveryGlobexChannels {\n    workspaces {\n      name\n      channels(first: 20) { nodes { id name } }\n    }\n  }\n": types.SharedDeliveryGlobexChannelsDocument,
    "\n  subscription SharedDeliveryViewerView($filter: EventFilter) {\n    events(filter: $filter) {\n      type\n      message {\n        id\n        text\n        viewerCanUpdate\n        reactions { emoji count viewerHasReacted }\n      }\n    }\n  }\n": types.SharedDeliveryViewerViewDocument,
    "\n  mutation SseTicket($input: CreateSubscriptionTicketInput!) {\n    createSubscriptionTicket(input: $input) { ticket expiresAt userErrors { code message field } }\n  }\n": types.SseTicketDocument,
    "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n": types.DemoDirectoryDocument,
    "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadTreeByDescendantsDocument,
    "\n  query BenchInbox {\n    messages(first: 50) {\n      nodes {\n        id\n        text\n        createdAt\n        workspace { name }\n        channel { name }\n        author { name }\n        reactions { emoji count users { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BenchInboxDocument,
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
export function graphql(source: "\n  mutation BenchConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) { workspace { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation BenchConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) { workspace { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Firehose($channelId: ID!) {\n    events(filter: { channelIds: [$channelId] }) {\n      id\n      cursor\n      type\n      occurredAt\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        createdAt\n        author { id name }\n        reactions { emoji count }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Firehose($channelId: ID!) {\n    events(filter: { channelIds: [$channelId] }) {\n      id\n      cursor\n      type\n      occurredAt\n      channel { id name }\n      actor { id name }\n      message {\n        id\n        text\n        createdAt\n        author { id name }\n        reactions { emoji count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchChannelPage($id: ID!) {\n    node(id: $id) {\n      ... on Channel {\n        id\n        name\n        messages(first: 50) {\n          nodes { id text createdAt replyCount author { id name } reactions { emoji count } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchChannelPage($id: ID!) {\n    node(id: $id) {\n      ... on Channel {\n        id\n        name\n        messages(first: 50) {\n          nodes { id text createdAt replyCount author { id name } reactions { emoji count } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchThreadTree($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        id text createdAt author { id name }\n        \n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchThreadTree($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        id text createdAt author { id name }\n        \n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchSearch($workspaceId: ID!, $query: String!) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20) {\n        totalCount\n        nodes { score message { id text createdAt author { id name } channel { id name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchSearch($workspaceId: ID!, $query: String!) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20) {\n        totalCount\n        nodes { score message { id text createdAt author { id name } channel { id name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchSearchScale($workspaceId: ID!, $query: String!, $after: DateTime) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20, after: $after) {\n        totalCount\n        nodes { score highlights message { id text createdAt author { name } channel { name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchSearchScale($workspaceId: ID!, $query: String!, $after: DateTime) {\n    workspace(id: $workspaceId) {\n      search(query: $query, first: 20, after: $after) {\n        totalCount\n        nodes { score highlights message { id text createdAt author { name } channel { name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSearchSend($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { message } } }\n"): (typeof documents)["\n  mutation BenchSearchSend($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedMessage($id: ID!) { message(id: $id) { id text } }"): (typeof documents)["query CachedMessage($id: ID!) { message(id: $id) { id text } }"];
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
export function graphql(source: "\n  mutation AttachmentsUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url createdAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachmentsUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url createdAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachmentsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachmentsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachmentsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachmentsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) {\n      deletedMessageId\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentsNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id filename sizeBytes url }\n    }\n  }\n"): (typeof documents)["\n  query AttachmentsNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id filename sizeBytes url }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentsReadMessage($id: ID!) {\n    message(id: $id) { id attachments { id filename contentType sizeBytes url } }\n  }\n"): (typeof documents)["\n  query AttachmentsReadMessage($id: ID!) {\n    message(id: $id) { id attachments { id filename contentType sizeBytes url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentsCapabilities {\n    workspaces { name capabilities { attachmentUpload } }\n  }\n"): (typeof documents)["\n  query AttachmentsCapabilities {\n    workspaces { name capabilities { attachmentUpload } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelOpsChannel on Channel {\n    id\n    name\n    description\n    type\n    isPrivate\n    isActive\n    viewerCanManage\n    viewerCanPost\n    parent { id name }\n    members(first: 20) { nodes { name } }\n    messages(first: 5) {\n      nodes {\n        id\n        type\n        text\n        author { name }\n        systemEvent { type user { name } actor { name } channelName oldChannelName }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChannelOpsChannel on Channel {\n    id\n    name\n    description\n    type\n    isPrivate\n    isActive\n    viewerCanManage\n    viewerCanPost\n    parent { id name }\n    members(first: 20) { nodes { name } }\n    messages(first: 5) {\n      nodes {\n        id\n        type\n        text\n        author { name }\n        systemEvent { type user { name } actor { name } channelName oldChannelName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsCreate($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsCreate($input: CreateChannelInput!) {\n    createChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsRename($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsRename($input: RenameChannelInput!) {\n    renameChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsArchive($input: ChannelInput!) {\n    archiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsArchive($input: ChannelInput!) {\n    archiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsUnarchive($input: ChannelInput!) {\n    unarchiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsUnarchive($input: ChannelInput!) {\n    unarchiveChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsJoin($input: ChannelInput!) {\n    joinChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsJoin($input: ChannelInput!) {\n    joinChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsInvite($input: InviteToChannelInput!) {\n    inviteToChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsInvite($input: InviteToChannelInput!) {\n    inviteToChannel(input: $input) {\n      channel { ...ChannelOpsChannel }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelOpsRead($id: ID!) {\n    channel(id: $id) { ...ChannelOpsChannel }\n  }\n"): (typeof documents)["\n  query ChannelOpsRead($id: ID!) {\n    channel(id: $id) { ...ChannelOpsChannel }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelOpsDirectory($workspaceId: ID!, $query: String) {\n    workspace(id: $workspaceId) {\n      users(first: 50) { nodes { id name } }\n      channels(first: 100, includeArchived: true) { nodes { id name } }\n      joinableChannels(first: 50, query: $query) { nodes { channelId name description memberCount } }\n    }\n  }\n"): (typeof documents)["\n  query ChannelOpsDirectory($workspaceId: ID!, $query: String) {\n    workspace(id: $workspaceId) {\n      users(first: 50) { nodes { id name } }\n      channels(first: 100, includeArchived: true) { nodes { id name } }\n      joinableChannels(first: 50, query: $query) { nodes { channelId name description memberCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelOpsPost($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelOpsPost($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelOpsJoinablePage($workspaceId: ID!, $after: String) {\n    workspace(id: $workspaceId) {\n      joinableChannels(first: 1, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query ChannelOpsJoinablePage($workspaceId: ID!, $after: String) {\n    workspace(id: $workspaceId) {\n      joinableChannels(first: 1, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelOpsCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { eventTypes } }\n  }\n"): (typeof documents)["\n  query ChannelOpsCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { eventTypes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelOpsReadMessage($id: ID!) {\n    message(id: $id) { id text }\n  }\n"): (typeof documents)["\n  query ChannelOpsReadMessage($id: ID!) {\n    message(id: $id) { id text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        text\n        html\n        parent { id }\n        author { name email }\n        recipients {\n          from { name email }\n          to { id name email }\n          cc { name email }\n          bcc { name email }\n        }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        text\n        html\n        parent { id }\n        author { name email }\n        recipients {\n          from { name email }\n          to { id name email }\n          cc { name email }\n          bcc { name email }\n        }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMail($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { text html }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMail($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { text html }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailCapabilities {\n    workspaces { name capabilities { email } }\n  }\n"): (typeof documents)["\n  query MailCapabilities {\n    workspaces { name capabilities { email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailUserNode($id: ID!) {\n    node(id: $id) { ... on User { name email isBot } }\n  }\n"): (typeof documents)["\n  query MailUserNode($id: ID!) {\n    node(id: $id) { ... on User { name email isBot } }\n  }\n"];
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
export function graphql(source: "\n  mutation PreviewSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id linkPreview { url title } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id linkPreview { url title } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id linkPreview { url linkedMessage { id } linkedChannel { id } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) {\n      message { id linkPreview { url linkedMessage { id } linkedChannel { id } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePreview($input: MessageInput!) {\n    removeLinkPreview(input: $input) {\n      message { id linkPreview { url } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePreview($input: MessageInput!) {\n    removeLinkPreview(input: $input) {\n      message { id linkPreview { url } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewOf($id: ID!) {\n    message(id: $id) {\n      id\n      linkPreview {\n        url\n        title\n        description\n        imageUrl\n        siteName\n        linkedMessage { id text }\n        linkedChannel { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewOf($id: ID!) {\n    message(id: $id) {\n      id\n      linkPreview {\n        url\n        title\n        description\n        imageUrl\n        siteName\n        linkedMessage { id text }\n        linkedChannel { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { linkPreviewRemoval eventTypes } }\n  }\n"): (typeof documents)["\n  query PreviewCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { linkPreviewRemoval eventTypes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query PreviewTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 1) { nodes { id } } }\n  }\n"];
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
export function graphql(source: "\n  mutation PinsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation PinsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation PinsDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Pin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation Pin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation Unpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelPins($id: ID!, $first: Int, $after: String) {\n    channel(id: $id) {\n      pins(first: $first, after: $after) {\n        nodes { id text pinnedAt pinnedBy { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelPins($id: ID!, $first: Int, $after: String) {\n    channel(id: $id) {\n      pins(first: $first, after: $after) {\n        nodes { id text pinnedAt pinnedBy { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelPinsBackward($id: ID!) {\n    channel(id: $id) { pins(last: 2) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query ChannelPinsBackward($id: ID!) {\n    channel(id: $id) { pins(last: 2) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinsTimeline($id: ID!) {\n    channel(id: $id) {\n      messages(first: 1) {\n        nodes { id type text author { name } systemEvent { type actor { name } channelName message { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PinsTimeline($id: ID!) {\n    channel(id: $id) {\n      messages(first: 1) {\n        nodes { id type text author { name } systemEvent { type actor { name } channelName message { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinsEverywhere($first: Int!) {\n    workspaces { channels(first: $first) { nodes { name pins(first: 5) { nodes { id pinnedBy { name } } } } } }\n  }\n"): (typeof documents)["\n  query PinsEverywhere($first: Int!) {\n    workspaces { channels(first: $first) { nodes { name pins(first: 5) { nodes { id pinnedBy { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinsCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { pins maxPinsPerChannel eventTypes } }\n  }\n"): (typeof documents)["\n  query PinsCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { pins maxPinsPerChannel eventTypes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStateChannel($id: ID!) {\n    channel(id: $id) { id name unreadCount }\n  }\n"): (typeof documents)["\n  query ReadStateChannel($id: ID!) {\n    channel(id: $id) { id name unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStateMessage($id: ID!) {\n    message(id: $id) { id isUnread }\n  }\n"): (typeof documents)["\n  query ReadStateMessage($id: ID!) {\n    message(id: $id) { id isUnread }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadStateMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { id unreadCount }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadStateMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { id unreadCount }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadStateMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id isUnread }\n      channel { id unreadCount }\n      thread { unreadReplyCount hasNewReplies root { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadStateMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id isUnread }\n      channel { id unreadCount }\n      thread { unreadReplyCount hasNewReplies root { id } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStateUnreads($workspaceId: ID!, $first: Int, $after: String, $messagesFirst: Int, $messagesAfter: String) {\n    workspace(id: $workspaceId) {\n      unreads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            unreadCount\n            channel { id name unreadCount }\n            messages(first: $messagesFirst, after: $messagesAfter) {\n              nodes { id text isUnread createdAt author { name } }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStateUnreads($workspaceId: ID!, $first: Int, $after: String, $messagesFirst: Int, $messagesAfter: String) {\n    workspace(id: $workspaceId) {\n      unreads(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            unreadCount\n            channel { id name unreadCount }\n            messages(first: $messagesFirst, after: $messagesAfter) {\n              nodes { id text isUnread createdAt author { name } }\n              pageInfo { hasNextPage endCursor }\n            }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStateInbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      nodes { id isUnread createdAt author { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ReadStateInbox($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      nodes { id isUnread createdAt author { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStateChannelPage($workspaceId: ID!, $channels: Int!, $messages: Int!) {\n    workspace(id: $workspaceId) {\n      channels(first: $channels, includeArchived: true) {\n        nodes { unreadCount messages(first: $messages) { nodes { id isUnread } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStateChannelPage($workspaceId: ID!, $channels: Int!, $messages: Int!) {\n    workspace(id: $workspaceId) {\n      channels(first: $channels, includeArchived: true) {\n        nodes { unreadCount messages(first: $messages) { nodes { id isUnread } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TableSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id text markdown status scheduledFor lastError alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TableSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id text markdown status scheduledFor lastError alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      capabilities { scheduledMessages eventTypes }\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TableScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      capabilities { scheduledMessages eventTypes }\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text status lastError scheduledFor\n        sentMessage { id text parent { id } author { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TableScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text status lastError scheduledFor\n        sentMessage { id text parent { id } author { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TableUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TableUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TableCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TableCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TableSendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TableSendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TableScheduledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation TableScheduledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableScheduledTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 30) { nodes { id text } } }\n  }\n"): (typeof documents)["\n  query TableScheduledTimeline($id: ID!) {\n    channel(id: $id) { messages(first: 30) { nodes { id text } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id\n        text\n        markdown\n        status\n        scheduledFor\n        lastError\n        alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id filename }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMessage($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage {\n        id\n        text\n        markdown\n        status\n        scheduledFor\n        lastError\n        alsoSendToChannel\n        channel { id name }\n        parent { id }\n        author { name }\n        attachments { id filename }\n        sentMessage { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {\n    workspace(id: $workspaceId) {\n      scheduledMessages(first: $first, after: $after, statuses: $statuses) {\n        nodes { id text status scheduledFor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text\n        status\n        lastError\n        scheduledFor\n        updatedAt\n        channel { name }\n        attachments { id }\n        sentMessage {\n          id\n          text\n          parent { id }\n          threadRoot { id }\n          alsoSentToChannel\n          mentions { name }\n          attachments { id }\n          author { name }\n          viewerThreadSubscription\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduledNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ScheduledMessage {\n        text\n        status\n        lastError\n        scheduledFor\n        updatedAt\n        channel { name }\n        attachments { id }\n        sentMessage {\n          id\n          text\n          parent { id }\n          threadRoot { id }\n          alsoSentToChannel\n          mentions { name }\n          attachments { id }\n          author { name }\n          viewerThreadSubscription\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError attachments { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text markdown status scheduledFor lastError attachments { id } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } mentions { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SendScheduledNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } mentions { name } channel { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduledTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduledTestSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id attachments { id } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { scheduledMessages eventTypes } }\n  }\n"): (typeof documents)["\n  query ScheduledCapabilities($id: ID!) {\n    workspace(id: $id) { capabilities { scheduledMessages eventTypes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id createdAt }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id createdAt }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation SearchEdit($input: UpdateMessageInput!) {\n    updateMessage(input: $input) { userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation SearchDelete($input: DeleteMessageInput!) {\n    deleteMessage(input: $input) { userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search(\n    $workspace: ID!\n    $query: String!\n    $channelId: ID\n    $userId: ID\n    $before: DateTime\n    $after: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    workspace(id: $workspace) {\n      search(query: $query, channelId: $channelId, userId: $userId, before: $before, after: $after, first: $first, offset: $offset) {\n        totalCount\n        hasMore\n        query\n        nodes {\n          score\n          highlights\n          message { id text author { name } channel { name } }\n          context { id text }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search(\n    $workspace: ID!\n    $query: String!\n    $channelId: ID\n    $userId: ID\n    $before: DateTime\n    $after: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    workspace(id: $workspace) {\n      search(query: $query, channelId: $channelId, userId: $userId, before: $before, after: $after, first: $first, offset: $offset) {\n        totalCount\n        hasMore\n        query\n        nodes {\n          score\n          highlights\n          message { id text author { name } channel { name } }\n          context { id text }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { search } }\n  }\n"): (typeof documents)["\n  query SearchCapabilities($workspace: ID!) {\n    workspace(id: $workspace) { capabilities { search } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n"): (typeof documents)["\n  query ThreadTreeByChildren($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              ...TreeMessage\n              children(first: 3) {\n                nodes {\n                  ...TreeMessage\n                  children(first: 3) {\n                    nodes {\n                      ...TreeMessage\n                      children(first: 3) {\n                        nodes {\n                          ...TreeMessage\n                          children(first: 3) { nodes { ...TreeMessage } }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment TreeMessage on Message {\n    id\n    text\n    author { name }\n    reactions { emoji count viewerHasReacted users { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AddThread($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadTreeReact($input: ReactionInput!) {\n    addReaction(input: $input) { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ThreadTreeReact($input: ReactionInput!) {\n    addReaction(input: $input) { userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneThread($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      author { name }\n      children(first: 10) { nodes { id author { name } } }\n      descendants(first: 10) {\n        nodes { id text parent { id } threadRoot { id } author { name } reactions { count users { name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OneThread($id: ID!) {\n    message(id: $id) {\n      id\n      replyCount\n      author { name }\n      children(first: 10) { nodes { id author { name } } }\n      descendants(first: 10) {\n        nodes { id text parent { id } threadRoot { id } author { name } reactions { count users { name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ThreadsSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsSubscription($id: ID!) {\n    message(id: $id) { id viewerThreadSubscription }\n  }\n"): (typeof documents)["\n  query ThreadsSubscription($id: ID!) {\n    message(id: $id) { id viewerThreadSubscription }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadsThread on Thread {\n    root { id }\n    hasNewReplies\n    unreadReplyCount\n    viewerSubscription\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment ThreadsThread on Thread {\n    root { id }\n    hasNewReplies\n    unreadReplyCount\n    viewerSubscription\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadsSubscribe($input: MessageInput!) {\n    subscribeToThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ThreadsSubscribe($input: MessageInput!) {\n    subscribeToThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadsUnsubscribe($input: MessageInput!) {\n    unsubscribeFromThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ThreadsUnsubscribe($input: MessageInput!) {\n    unsubscribeFromThread(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadsMarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ThreadsMarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { ...ThreadsThread }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsList($workspaceId: ID!, $first: Int, $after: String, $last: Int) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after) {\n        unreadThreadCount\n        edges { cursor node { ...ThreadsThread root { id text channel { name } } latestReplies(last: $last) { id text isUnread } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadsList($workspaceId: ID!, $first: Int, $after: String, $last: Int) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after) {\n        unreadThreadCount\n        edges { cursor node { ...ThreadsThread root { id text channel { name } } latestReplies(last: $last) { id text isUnread } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsUnreadOnly($workspaceId: ID!, $first: Int, $after: String) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after, filter: { unreadOnly: true }) {\n        unreadThreadCount\n        nodes { root { id } hasNewReplies unreadReplyCount }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadsUnreadOnly($workspaceId: ID!, $first: Int, $after: String) {\n    workspace(id: $workspaceId) {\n      threads(first: $first, after: $after, filter: { unreadOnly: true }) {\n        unreadThreadCount\n        nodes { root { id } hasNewReplies unreadReplyCount }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsChannelSubscriptions($id: ID!, $first: Int!) {\n    channel(id: $id) { messages(first: $first) { nodes { id viewerThreadSubscription } } }\n  }\n"): (typeof documents)["\n  query ThreadsChannelSubscriptions($id: ID!, $first: Int!) {\n    channel(id: $id) { messages(first: $first) { nodes { id viewerThreadSubscription } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GmailAttachInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation GmailAttachInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query GmailAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GmailAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation GmailAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailAttachInbox($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n"): (typeof documents)["\n  query GmailAttachInbox($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginGmailInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation BeginGmailInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailLiveWorkspaces {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query GmailLiveWorkspaces {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendGmail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        html\n        author { name email }\n        recipients { from { email } to { id name email } cc { name email } bcc { email } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SendGmail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n        subject\n        html\n        author { name email }\n        recipients { from { email } to { id name email } cc { name email } bcc { email } }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailInboxMail($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n"): (typeof documents)["\n  query GmailInboxMail($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleGmail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleGmail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledGmail($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { subject text parent { id } } } }\n  }\n"): (typeof documents)["\n  query ScheduledGmail($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { subject text parent { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailAttachments($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n"): (typeof documents)["\n  query GmailAttachments($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailInlineImage($id: ID!) {\n    node(id: $id) { ... on Message { html attachments { filename url } } }\n  }\n"): (typeof documents)["\n  query GmailInlineImage($id: ID!) {\n    node(id: $id) { ... on Message { html attachments { filename url } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailStatus {\n    workspaces { provider connectionStatus channels(first: 5) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query GmailStatus {\n    workspaces { provider connectionStatus channels(first: 5) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GmailEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GmailEconomyNode($id: ID!) {\n    node(id: $id) { id ... on Message { text } }\n  }\n"): (typeof documents)["\n  query GmailEconomyNode($id: ID!) {\n    node(id: $id) { id ... on Message { text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GmailEconomyReply($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation GmailEconomyReply($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation KitSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation KitCancelScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation KitSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitScheduledNode($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { id text status lastError sentMessage { id text } }\n    }\n  }\n"): (typeof documents)["\n  query KitScheduledNode($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { id text status lastError sentMessage { id text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitMailboxes {\n    workspaces { id provider capabilities { scheduledMessages email } channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query KitMailboxes {\n    workspaces { id provider capabilities { scheduledMessages email } channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitScheduleMail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status subject to cc bcc }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation KitScheduleMail($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status subject to cc bcc }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitScheduledMail($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage {\n        status\n        lastError\n        subject\n        to\n        sentMessage { subject text html parent { id } recipients { to { email } cc { email } bcc { email } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitScheduledMail($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage {\n        status\n        lastError\n        subject\n        to\n        sentMessage { subject text html parent { id } recipients { to { email } cc { email } bcc { email } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateScheduledMail($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { text subject to }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateScheduledMail($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { text subject to }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitMailboxMessages($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 30) { nodes { id subject } } } }\n  }\n"): (typeof documents)["\n  query KitMailboxMessages($id: ID!) {\n    node(id: $id) { ... on Channel { messages(first: 30) { nodes { id subject } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitTeamsWorkspace {\n    workspaces { id provider capabilities { scheduledMessages } channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query KitTeamsWorkspace {\n    workspaces { id provider capabilities { scheduledMessages } channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitTeamsSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation KitTeamsSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitTeamsScheduled($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { text author { name } } } }\n  }\n"): (typeof documents)["\n  query KitTeamsScheduled($id: ID!) {\n    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { text author { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitStageUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation KitStageUpload($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      attachment { id filename contentType sizeBytes url }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query OutlookAttachWorkspaces {\n    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutlookAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation OutlookAttachSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject attachments { id filename contentType sizeBytes url } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookAttachNode($id: ID!) {\n    node(id: $id) { ... on Attachment { id filename sizeBytes url } }\n  }\n"): (typeof documents)["\n  query OutlookAttachNode($id: ID!) {\n    node(id: $id) { ... on Attachment { id filename sizeBytes url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookAttachMessage($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n"): (typeof documents)["\n  query OutlookAttachMessage($id: ID!) {\n    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutlookAttachInbox($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }"): (typeof documents)["query OutlookAttachInbox($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookMailbox {\n    workspaces { id provider name capabilities { threadModel readState search } channels(first: 50) { nodes { id name type } } }\n  }\n"): (typeof documents)["\n  query OutlookMailbox {\n    workspaces { id provider name capabilities { threadModel readState search } channels(first: 50) { nodes { id name type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutlookSendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject text parent { id } author { email } recipients { to { email } cc { email } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation OutlookSendMail($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id subject text parent { id } author { email } recipients { to { email } cc { email } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookThread($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        subject\n        replyCount\n        children(first: 10) { nodes { id text author { name email } parent { id } } }\n        descendants(first: 10) { nodes { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutlookThread($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        subject\n        replyCount\n        children(first: 10) { nodes { id text author { name email } parent { id } } }\n        descendants(first: 10) { nodes { id } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookAttachments($id: ID!) {\n    node(id: $id) { ... on Message { html text attachments { filename contentType sizeBytes url } } }\n  }\n"): (typeof documents)["\n  query OutlookAttachments($id: ID!) {\n    node(id: $id) { ... on Message { html text attachments { filename contentType sizeBytes url } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookUnifiedInbox($after: String) {\n    messages(first: 3, after: $after) {\n      nodes { id createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OutlookUnifiedInbox($after: String) {\n    messages(first: 3, after: $after) {\n      nodes { id createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutlookInboxAll { messages(first: 12) { nodes { id createdAt workspace { provider } } } }"): (typeof documents)["query OutlookInboxAll { messages(first: 12) { nodes { id createdAt workspace { provider } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutlookInboxIds($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }"): (typeof documents)["query OutlookInboxIds($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginOutlookConnect($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation BeginOutlookConnect($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookOAuthMailboxes {\n    workspaces { name provider channels(first: 20) { nodes { name type } } }\n  }\n"): (typeof documents)["\n  query OutlookOAuthMailboxes {\n    workspaces { name provider channels(first: 20) { nodes { name type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          id\n          name\n          unreadCount\n          messages(first: 20) { nodes { id text isUnread descendants(first: 100) { nodes { id text isUnread parent { id } } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutlookEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          id\n          name\n          unreadCount\n          messages(first: 20) { nodes { id text isUnread descendants(first: 100) { nodes { id text isUnread parent { id } } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnifiedInboxAcrossProviders($first: Int, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query UnifiedInboxAcrossProviders($first: Int, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutlookPushedMailbox {\n    workspaces { id provider capabilities { eventDelivery } channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query OutlookPushedMailbox {\n    workspaces { id provider capabilities { eventDelivery } channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id name provider capabilities { eventDelivery } }\n      user { id name }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectSlack($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id name provider capabilities { eventDelivery } }\n      user { id name }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkSlack($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkSlack($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkSlack($input: UnlinkSlackUserInput!) {\n    unlinkSlackUser(input: $input) {\n      workspaceId\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkSlack($input: UnlinkSlackUserInput!) {\n    unlinkSlackUser(input: $input) {\n      workspaceId\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n"): (typeof documents)["\n  query ConnectWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeutralConnectWorkspace($input: ConnectWorkspaceInput!) {\n    connectWorkspace(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation NeutralConnectWorkspace($input: ConnectWorkspaceInput!) {\n    connectWorkspace(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeutralLinkAccount($input: LinkAccountInput!) {\n    linkAccount(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation NeutralLinkAccount($input: LinkAccountInput!) {\n    linkAccount(input: $input) {\n      workspace { id name provider }\n      user { name }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeutralUnlinkAccount($input: UnlinkAccountInput!) {\n    unlinkAccount(input: $input) { workspaceId userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation NeutralUnlinkAccount($input: UnlinkAccountInput!) {\n    unlinkAccount(input: $input) { workspaceId userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeutralBeginInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl expiresAt userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation NeutralBeginInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) { installUrl expiresAt userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeutralDisconnectWorkspace($input: DisconnectWorkspaceInput!) {\n    disconnectWorkspace(input: $input) { workspaceId userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation NeutralDisconnectWorkspace($input: DisconnectWorkspaceInput!) {\n    disconnectWorkspace(input: $input) { workspaceId userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeutralWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n"): (typeof documents)["\n  query NeutralWorkspaces {\n    workspaces { id name provider viewerUser { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesConnect($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesConnect($input: ConnectSlackWorkspaceInput!) {\n    connectSlackWorkspace(input: $input) {\n      workspace { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesLink($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesLink($input: LinkSlackUserInput!) {\n    linkSlackUser(input: $input) {\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackFeaturesCapabilities($id: ID!) {\n    workspace(id: $id) {\n      capabilities { pins maxPinsPerChannel scheduledMessages search readState threadSubscriptions linkPreviewRemoval }\n    }\n  }\n"): (typeof documents)["\n  query SlackFeaturesCapabilities($id: ID!) {\n    workspace(id: $id) {\n      capabilities { pins maxPinsPerChannel scheduledMessages search readState threadSubscriptions linkPreviewRemoval }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesPin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesPin($input: MessageInput!) {\n    pinMessage(input: $input) {\n      message { id isPinned pinnedAt pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesUnpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesUnpin($input: MessageInput!) {\n    unpinMessage(input: $input) {\n      message { id isPinned pinnedBy { name } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackFeaturesPins($channelId: ID!) {\n    channel(id: $channelId) {\n      pins(first: 10) { nodes { id text pinnedBy { name } } }\n    }\n  }\n"): (typeof documents)["\n  query SlackFeaturesPins($channelId: ID!) {\n    channel(id: $channelId) {\n      pins(first: 10) { nodes { id text pinnedBy { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status scheduledFor channel { name } parent { id } author { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id text status scheduledFor channel { name } parent { id } author { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackFeaturesScheduled($id: ID!) {\n    workspace(id: $id) {\n      scheduledMessages(first: 10) { nodes { id text status scheduledFor } }\n    }\n  }\n"): (typeof documents)["\n  query SlackFeaturesScheduled($id: ID!) {\n    workspace(id: $id) {\n      scheduledMessages(first: 10) { nodes { id text status scheduledFor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status parent { id } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesUpdateScheduled($input: UpdateScheduledMessageInput!) {\n    updateScheduledMessage(input: $input) {\n      scheduledMessage { id text status parent { id } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id text author { name } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesDeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesDeleteScheduled($input: ScheduledMessageRefInput!) {\n    deleteScheduledMessage(input: $input) {\n      deletedScheduledMessageId\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackFeaturesReadState($channelId: ID!) {\n    channel(id: $channelId) {\n      unreadCount\n      messages(first: 5) { nodes { text isUnread } }\n    }\n  }\n"): (typeof documents)["\n  query SlackFeaturesReadState($channelId: ID!) {\n    channel(id: $channelId) {\n      unreadCount\n      messages(first: 5) { nodes { text isUnread } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackFeaturesMarkRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackFeaturesMarkRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackFeaturesThreads($id: ID!) {\n    workspace(id: $id) {\n      threads(first: 10) { unreadThreadCount nodes { unreadReplyCount root { text viewerThreadSubscription } } }\n    }\n  }\n"): (typeof documents)["\n  query SlackFeaturesThreads($id: ID!) {\n    workspace(id: $id) {\n      threads(first: 10) { unreadThreadCount nodes { unreadReplyCount root { text viewerThreadSubscription } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackFeaturesSearch($id: ID!, $query: String!) {\n    workspace(id: $id) {\n      search(query: $query) { totalCount nodes { highlights message { text author { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query SlackFeaturesSearch($id: ID!, $query: String!) {\n    workspace(id: $id) {\n      search(query: $query) { totalCount nodes { highlights message { text author { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SlackFeaturesReply($input: SendMessageInput!) {\n        sendMessage(input: $input) { message { id } userErrors { code message } }\n      }\n    "): (typeof documents)["\n      mutation SlackFeaturesReply($input: SendMessageInput!) {\n        sendMessage(input: $input) { message { id } userErrors { code message } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackWorkspaces {\n    workspaces { id provider name capabilities { threadModel } }\n  }\n"): (typeof documents)["\n  query SlackWorkspaces {\n    workspaces { id provider name capabilities { threadModel } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text alsoSentToChannel parent { id } threadRoot { id } author { name } webUrl }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text alsoSentToChannel parent { id } threadRoot { id } author { name } webUrl }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message retryAfterSeconds }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id reactions { emoji count viewerHasReacted users { name } } }\n      userErrors { code message retryAfterSeconds }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackChannels($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 20) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query SlackChannels($workspaceId: ID!) {\n    workspace(id: $workspaceId) { channels(first: 20) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackTimeline($channelId: ID!) {\n    channel(id: $channelId) { messages(first: 20) { nodes { id replyCount } } }\n  }\n"): (typeof documents)["\n  query SlackTimeline($channelId: ID!) {\n    channel(id: $channelId) { messages(first: 20) { nodes { id replyCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackThreadTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              id\n              text\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id text parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SlackThreadTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          name\n          messages(first: 20) {\n            nodes {\n              id\n              text\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id text parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSlackInstall($input: BeginSlackInstallInput!) {\n    beginSlackInstall(input: $input) {\n      installUrl\n      expiresAt\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation BeginSlackInstall($input: BeginSlackInstallInput!) {\n    beginSlackInstall(input: $input) {\n      installUrl\n      expiresAt\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthWorkspaces {\n    workspaces { name provider viewerUser { name } }\n  }\n"): (typeof documents)["\n  query OAuthWorkspaces {\n    workspaces { name provider viewerUser { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolledWorkspace {\n    workspaces { provider capabilities { eventDelivery eventTypes } channels(first: 10) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query PolledWorkspace {\n    workspaces { provider capabilities { eventDelivery eventTypes } channels(first: 10) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation PolledSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EconomyTreeWithText($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EconomyTreeWithText($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id messages(first: 20) { nodes { id text descendants(first: 100) { nodes { id text } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query SlackLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackLiveSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackLiveSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id text }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlackLiveReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SlackLiveReact($input: ReactionInput!) {\n    addReaction(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlackLiveInbox($first: Int!, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SlackLiveInbox($first: Int!, $after: String) {\n    messages(first: $first, after: $after) {\n      nodes { id text createdAt workspace { provider name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTeamsInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTeamsInstall($input: BeginInstallInput!) {\n    beginInstall(input: $input) {\n      installUrl\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsOAuthWorkspaces {\n    workspaces { name provider viewerUser { name } channels(first: 10) { nodes { name } } }\n  }\n"): (typeof documents)["\n  query TeamsOAuthWorkspaces {\n    workspaces { name provider viewerUser { name } channels(first: 10) { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsPollingWorkspaces {\n    workspaces { id provider }\n  }\n"): (typeof documents)["\n  query TeamsPollingWorkspaces {\n    workspaces { id provider }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query TeamsLiveChannels {\n    workspaces { id provider name channels(first: 50) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text author { name } descendants(first: 100) { nodes { id text author { name } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsEconomyTree($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes { id name messages(first: 20) { nodes { id text author { name } descendants(first: 100) { nodes { id text author { name } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsGrantStatus {\n    workspaces { id provider name connectionStatus channels(first: 10) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query TeamsGrantStatus {\n    workspaces { id provider name connectionStatus channels(first: 10) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsGrantSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation TeamsGrantSend($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsSubscriptionsWorkspaces {\n    workspaces { id provider }\n  }\n"): (typeof documents)["\n  query TeamsSubscriptionsWorkspaces {\n    workspaces { id provider }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventScheduledMessage($id: ID!) {\n    node(id: $id) {\n      ... on Event { type scheduledMessage { id status sentMessage { id } } }\n    }\n  }\n"): (typeof documents)["\n  query EventScheduledMessage($id: ID!) {\n    node(id: $id) {\n      ... on Event { type scheduledMessage { id status sentMessage { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulerTestSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulerTestSendNow($input: ScheduledMessageRefInput!) {\n    sendScheduledMessageNow(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulerTestSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulerTestSchedule($input: ScheduleMessageInput!) {\n    scheduleMessage(input: $input) {\n      scheduledMessage { id status }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulerTestStatus($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { status lastError sentMessage { id text } }\n    }\n  }\n"): (typeof documents)["\n  query SchedulerTestStatus($id: ID!) {\n    node(id: $id) {\n      ... on ScheduledMessage { status lastError sentMessage { id text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulerTestGeneral {\n    workspaces { name channels(first: 100) { nodes { id name } } }\n  }\n"): (typeof documents)["\n  query SchedulerTestGeneral {\n    workspaces { name channels(first: 100) { nodes { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadStateEventsMarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { unreadReplyCount }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadStateEventsMarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      thread { unreadReplyCount }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadStateEventsMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadStateEventsMarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      channel { unreadCount }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadStateEventsMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadStateEventsMarkUnread($input: MessageInput!) {\n    markUnread(input: $input) {\n      message { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedDeliveryLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SharedDeliveryLeave($input: ChannelInput!) {\n    leaveChannel(input: $input) {\n      leftChannelId\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedDeliveryGlobexChannels {\n    workspaces {\n      name\n      channels(first: 20) { nodes { id name } }\n    }\n  }\n"): (typeof documents)["\n  query SharedDeliveryGlobexChannels {\n    workspaces {\n      name\n      channels(first: 20) { nodes { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedDeliveryViewerView($filter: EventFilter) {\n    events(filter: $filter) {\n      type\n      message {\n        id\n        text\n        viewerCanUpdate\n        reactions { emoji count viewerHasReacted }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SharedDeliveryViewerView($filter: EventFilter) {\n    events(filter: $filter) {\n      type\n      message {\n        id\n        text\n        viewerCanUpdate\n        reactions { emoji count viewerHasReacted }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SseTicket($input: CreateSubscriptionTicketInput!) {\n    createSubscriptionTicket(input: $input) { ticket expiresAt userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation SseTicket($input: CreateSubscriptionTicketInput!) {\n    createSubscriptionTicket(input: $input) { ticket expiresAt userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoDirectory {\n    workspaces {\n      id\n      name\n      channels(first: 100, includeArchived: true) {\n        nodes { id name }\n      }\n      users(first: 100) {\n        nodes { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadTreeByDescendants($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      channels(first: 20) {\n        nodes {\n          messages(first: 20) {\n            nodes {\n              id\n              author { name }\n              reactions { emoji count users { name } }\n              descendants(first: 100) {\n                nodes { id parent { id } author { name } reactions { emoji count users { name } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchInbox {\n    messages(first: 50) {\n      nodes {\n        id\n        text\n        createdAt\n        workspace { name }\n        channel { name }\n        author { name }\n        reactions { emoji count users { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BenchInbox {\n    messages(first: 50) {\n      nodes {\n        id\n        text\n        createdAt\n        workspace { name }\n        channel { name }\n        author { name }\n        reactions { emoji count users { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
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