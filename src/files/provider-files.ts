/**
 * Attachments a provider serves from its platform (mail: MessagingProvider.attachmentContent), downloaded
 * through Switchboard's signed links like stored files, streamed and never stored. The signed file id names
 * the provider, the workspace and the provider's attachment id.
 */

/** How a provider's record marks an attachment Switchboard streams from the platform (MessagingProvider.attachmentContent). */
export const PROVIDER_FILE_PREFIX = '/provider-files/';

/** The file id a signed link carries for a provider's attachment: `p.` + base64url JSON [provider, workspace, attachment]. */
export function providerFileId(provider: string, workspaceId: string, attachmentId: string): string {
  return `p.${Buffer.from(JSON.stringify([provider, workspaceId, attachmentId]), 'utf8').toString('base64url')}`;
}

/** The parts of a provider file id, or null for anything else. */
export function parseProviderFileId(fileId: string): { provider: string; workspaceId: string; attachmentId: string } | null {
  if (!fileId.startsWith('p.')) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(fileId.slice(2), 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === 'string')) return null;
    return { provider: parts[0] as string, workspaceId: parts[1] as string, attachmentId: parts[2] as string };
  } catch {
    return null;
  }
}
