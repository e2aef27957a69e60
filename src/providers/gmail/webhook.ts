import { logInfo } from '../../log.js';
import type { ProviderDelivery, WebhookHandler, WebhookResult } from '../definition.js';
import type { PushVerifier } from './push-auth.js';

/**
 * POST /webhooks/gmail: Pub/Sub push of Gmail's watch notifications. The OIDC bearer is verified before the
 * body is read; then `message.data` names the mailbox (`emailAddress`) and a history id, and the mailbox's
 * changes since the stored history id are read (changes.ts). The delivery id is Pub/Sub's messageId, so a
 * redelivered push is taken once; a push whose changes another push already read finds none. Pub/Sub
 * treats 2xx as an ack; a mailbox this server does not have is acked too (no redelivery loop).
 */
export function gmailWebhook(verifier: PushVerifier, changesOf: (mailbox: string) => Promise<ProviderDelivery['changes'] | null>): WebhookHandler {
  return async (request: Request): Promise<WebhookResult> => {
    const refusal = await verifier.refusal(request.headers.get('authorization'));
    if (refusal) {
      logInfo('gmail push refused', { reason: refusal });
      return { kind: 'respond', response: Response.json({ error: { code: 'NOT_AUTHENTICATED', message: 'The push is not authenticated.' } }, { status: 401 }) };
    }
    let mailbox: string | null = null;
    let messageId: string | null = null;
    try {
      const body = (await request.json()) as { message?: { data?: string; messageId?: string; message_id?: string } };
      messageId = body.message?.messageId ?? body.message?.message_id ?? null;
      const data = JSON.parse(Buffer.from(body.message?.data ?? '', 'base64').toString('utf8')) as { emailAddress?: unknown };
      mailbox = typeof data.emailAddress === 'string' ? data.emailAddress.toLowerCase() : null;
    } catch {
      mailbox = null;
    }
    if (!mailbox || !messageId) return { kind: 'respond', response: Response.json({ error: { code: 'VALIDATION_ERROR', message: 'Not a Gmail push message.' } }, { status: 400 }) };
    let changes: ProviderDelivery['changes'] | null;
    try {
      changes = await changesOf(mailbox);
    } catch (error) {
      // Gmail could not be read now (rate limit, outage): a non-2xx makes Pub/Sub deliver the push again later.
      logInfo('gmail push not processed', { code: (error as { code?: string }).code ?? 'unknown' });
      return { kind: 'respond', response: Response.json({ error: { code: 'PROVIDER_ERROR', message: 'Gmail could not be read; deliver again later.' } }, { status: 503 }) };
    }
    if (changes === null) return { kind: 'respond', response: new Response(null, { status: 204 }) };
    return { kind: 'deliver', deliveries: [{ workspaceId: mailbox, deliveryId: `gmail:${messageId}`, changes }], respond: () => new Response(null, { status: 204 }) };
  };
}
