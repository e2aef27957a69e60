import { SettingsError } from '../../connections/settings.js';
import type { GraphRateBudgetOptions } from '../kit/graph/rate-budget.js';
import { readMicrosoftSettings, type MicrosoftAppSettings } from '../kit/graph/settings.js';

/** A shared mailbox the administrator names (Graph has no list of the mailboxes a token may open). */
export interface SharedMailboxSetting {
  address: string;
  displayName: string;
}

/** Outlook's settings: the Microsoft app (MICROSOFT_*, shared with Teams), plus what tests pass in code. */
export interface OutlookSettings extends MicrosoftAppSettings {
  /** An extra CA (PEM) trusted for Graph and the identity platform only (a test's fake). */
  ca?: string | null;
  /** Each mailbox's rate budget (default: limits.ts). */
  budget?: GraphRateBudgetOptions;
  /**
   * OUTLOOK_SHARED_MAILBOXES: shared mailboxes tried for everyone who connects Outlook (shared-mailboxes.ts);
   * those their token opens become workspaces they are linked to. Comma-separated `Name <address>` or `address`.
   */
  sharedMailboxes?: SharedMailboxSetting[];
}

export function readOutlookSettings(env: NodeJS.ProcessEnv): OutlookSettings {
  return { ...readMicrosoftSettings(env), sharedMailboxes: parseSharedMailboxes(env.OUTLOOK_SHARED_MAILBOXES) };
}

const ADDRESS = /^[^@\s<>,]+@[^@\s<>,]+\.[^@\s<>,]+$/;

/** `Support <support@contoso.com>, sales@contoso.com` → their addresses (lowercased) and names. */
export function parseSharedMailboxes(value: string | undefined): SharedMailboxSetting[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    const match = /^(?:(.*?)\s*<([^>]+)>|([^<>]+))$/.exec(entry);
    const address = (match?.[2] ?? match?.[3] ?? '').trim().toLowerCase();
    if (!ADDRESS.test(address)) throw new SettingsError(`OUTLOOK_SHARED_MAILBOXES: ${JSON.stringify(entry)} is not an address or "Name <address>".`);
    if (seen.has(address)) return [];
    seen.add(address);
    return [{ address, displayName: match?.[1]?.trim() || address }];
  });
}
