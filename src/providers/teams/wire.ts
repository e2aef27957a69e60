/**
 * The parts of Graph's JSON the Teams provider reads (learn.microsoft.com resource pages; providers.md
 * B.1). Everything is optional-tolerant: Graph omits properties with `$select` and adds new ones over time.
 */

export interface GraphIdentity {
  id: string;
  displayName?: string | null;
  userIdentityType?: string;
  applicationIdentityType?: string;
}

export interface GraphIdentitySet {
  application?: GraphIdentity | null;
  device?: unknown;
  user?: GraphIdentity | null;
}

export interface GraphChatMessage {
  id: string;
  replyToId?: string | null;
  messageType?: string;
  createdDateTime: string;
  lastModifiedDateTime?: string | null;
  lastEditedDateTime?: string | null;
  deletedDateTime?: string | null;
  subject?: string | null;
  chatId?: string | null;
  webUrl?: string | null;
  channelIdentity?: { teamId: string; channelId: string } | null;
  eventDetail?: (Record<string, unknown> & { '@odata.type'?: string }) | null;
  from?: GraphIdentitySet | null;
  body?: { contentType?: 'text' | 'html'; content?: string | null };
  attachments?: Array<{ id?: string | null; contentType?: string | null; contentUrl?: string | null; content?: string | null; name?: string | null }>;
  mentions?: Array<{ id: number; mentionText?: string | null; mentioned?: GraphIdentitySet | null }>;
  reactions?: Array<{ reactionType: string; displayName?: string | null; createdDateTime?: string; user?: GraphIdentitySet | null }>;
  /** With `$expand=replies` on a channel root. */
  replies?: GraphChatMessage[];
  'replies@odata.nextLink'?: string;
}

export interface GraphTeam {
  id: string;
  displayName: string;
  description?: string | null;
  isArchived?: boolean | null;
  visibility?: string | null;
  webUrl?: string | null;
  createdDateTime?: string | null;
}

export interface GraphChannel {
  id: string;
  displayName: string;
  description?: string | null;
  membershipType?: 'standard' | 'private' | 'shared' | string | null;
  webUrl?: string | null;
  createdDateTime?: string | null;
}

export interface GraphMember {
  id: string;
  userId?: string | null;
  displayName?: string | null;
  email?: string | null;
  roles?: string[];
}

export interface GraphChat {
  id: string;
  topic?: string | null;
  chatType: 'oneOnOne' | 'group' | 'meeting' | string;
  createdDateTime?: string | null;
  lastUpdatedDateTime?: string | null;
  webUrl?: string | null;
  viewpoint?: { isHidden?: boolean; lastMessageReadDateTime?: string | null } | null;
  members?: GraphMember[];
}

export interface GraphUser {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
  userType?: string | null;
}

export interface GraphList<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}
