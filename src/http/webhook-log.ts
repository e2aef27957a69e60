import { logger } from '../log.js';
import { webhookDeliveries, webhookVerificationFailures } from '../observability/metrics.js';

/**
 * One log line and the counters per webhook delivery, measured at the route, the same for every
 * provider's webhook handler: which provider and route, the status answered, the time to answer. A 401 is
 * a delivery whose signature or timestamp did not verify (the handlers answer 401 for nothing else).
 * Nothing of the payload is logged; the handler logs the delivery's ids (event id, team) itself.
 */
export async function observedWebhook(provider: string, route: string, handle: () => Promise<Response>): Promise<Response> {
  const start = performance.now();
  const response = await handle();
  const status = response.status;
  webhookDeliveries.inc({ provider, route, status: String(status) });
  if (status === 401) webhookVerificationFailures.inc({ provider });
  logger.info({
    event: 'webhook_delivery',
    provider,
    route,
    status,
    verified: status !== 401,
    durationMs: Math.round((performance.now() - start) * 10) / 10,
  });
  return response;
}
