/**
 * Who may connect provider workspaces: the holder of an API key with the `admin` scope (issued with
 * `npm run admin -- new-key --email … --admin`). Connecting hands the server a workspace's bot token,
 * which acts for everyone linked to that workspace, so ordinary `write` keys may not.
 */
export const ADMIN_SCOPE = 'admin';

export function isAdmin(scopes: readonly string[]): boolean {
  return scopes.includes(ADMIN_SCOPE);
}
