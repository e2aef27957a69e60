import type { RequestLimits } from '../kit/graph/rate-budget.js';

/**
 * Outlook's rows of the Graph rate budget (limits.md 5c): 10,000 requests per 10 minutes per app and
 * mailbox (about 16.7 rps), counted on the mailbox as the resource. Graph's per-app global limit (2,000 rps
 * across tenants) stands in for the tenant column, which Outlook does not have. The 4-concurrent-requests
 * limit is not a rate and is not enforced here (a `$batch` is sent as one request; Graph runs at most 4 of
 * its items at a time itself).
 */
export const OUTLOOK_LIMITS: Record<string, RequestLimits> = {
  mail: { perTenant: 2000, perResource: 10_000 / 600 },
  // Uploading attachment bytes: 150 MB per 5 minutes per mailbox; counted as requests of the mailbox too.
  'mail.upload': { perTenant: 2000, perResource: 10_000 / 600 },
  directory: { perTenant: 30 },
};
