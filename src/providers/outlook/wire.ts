/**
 * Graph's Outlook JSON as the provider reads it (providers.md B.2): only the properties it asks for with
 * `$select` (client.ts MESSAGE_FIELDS), so a page never carries more than a message record needs.
 */

export interface GraphRecipient {
  emailAddress: { name?: string | null; address?: string | null };
}

export interface GraphMailFolder {
  id: string;
  displayName: string;
  parentFolderId: string | null;
  childFolderCount: number;
  unreadItemCount: number;
  totalItemCount: number;
  isHidden?: boolean;
}

export interface GraphMailAttachment {
  '@odata.type': string;
  id: string;
  name: string;
  contentType: string | null;
  size: number;
  isInline: boolean;
  lastModifiedDateTime: string | null;
  contentId?: string | null;
  contentBytes?: string;
}

export interface GraphMessage {
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  receivedDateTime: string;
  sentDateTime: string | null;
  hasAttachments: boolean;
  internetMessageId: string | null;
  subject: string | null;
  importance?: string;
  parentFolderId: string;
  conversationId: string;
  isRead: boolean;
  isDraft: boolean;
  webLink: string | null;
  body?: { contentType: 'html' | 'text'; content: string };
  from?: GraphRecipient | null;
  sender?: GraphRecipient | null;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  bccRecipients?: GraphRecipient[];
  replyTo?: GraphRecipient[];
  internetMessageHeaders?: Array<{ name: string; value: string }>;
  attachments?: GraphMailAttachment[];
  /** Delta rounds mark messages that left a folder (moved or deleted) this way. */
  '@removed'?: { reason: string };
}

export interface GraphList<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}
