/**
 * Graph's JSON shapes as the fake serves them (learn.microsoft.com resource pages, see
 * shared/reference/providers.md B.1): the fake keeps chat messages in exactly this form, so what a test
 * seeds is what the provider reads.
 */

export interface IdentitySet {
  application: { id: string; displayName: string | null; applicationIdentityType?: string } | null;
  device: null;
  user: { id: string; displayName: string | null; userIdentityType: 'aadUser' } | null;
}

export interface GraphReaction {
  reactionType: string;
  displayName?: string | null;
  createdDateTime: string;
  user: IdentitySet;
}

export interface GraphMention {
  id: number;
  mentionText: string;
  mentioned: IdentitySet & { conversation?: null; tag?: null };
}

export interface GraphAttachment {
  id: string;
  contentType: string;
  contentUrl: string | null;
  content: string | null;
  name: string | null;
  thumbnailUrl: string | null;
  teamsAppId?: string | null;
}

export interface GraphChatMessage {
  id: string;
  replyToId: string | null;
  etag: string;
  messageType: 'message' | 'chatEvent' | 'typing' | 'unknownFutureValue' | 'systemEventMessage';
  createdDateTime: string;
  lastModifiedDateTime: string;
  lastEditedDateTime: string | null;
  deletedDateTime: string | null;
  subject: string | null;
  summary: string | null;
  chatId: string | null;
  importance: 'normal' | 'high' | 'urgent';
  locale: string;
  webUrl: string | null;
  channelIdentity: { teamId: string; channelId: string } | null;
  policyViolation: null;
  eventDetail: (Record<string, unknown> & { '@odata.type': string }) | null;
  from: IdentitySet | null;
  body: { contentType: 'text' | 'html'; content: string };
  attachments: GraphAttachment[];
  mentions: GraphMention[];
  reactions: GraphReaction[];
}

/** Graph's error body: `{"error":{"code","message","innerError"}}`, which the SDK turns into a GraphError. */
export class GraphFakeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, requestId: string, date: Date): unknown {
  return {
    error: {
      code,
      message,
      innerError: { date: date.toISOString().slice(0, 19), 'request-id': requestId, 'client-request-id': requestId },
    },
  };
}

export const notFound = (what: string): GraphFakeError => new GraphFakeError(404, 'NotFound', `${what} was not found.`);
export const forbidden = (message = 'Forbidden'): GraphFakeError => new GraphFakeError(403, 'Forbidden', message);
export const badRequest = (message: string, code = 'BadRequest'): GraphFakeError => new GraphFakeError(400, code, message);

export function userIdentity(id: string, displayName: string | null): IdentitySet {
  return { application: null, device: null, user: { id, displayName, userIdentityType: 'aadUser' } };
}
