import type { ConnectedWorkspace } from '../resolvers/connections.js';
import { builder } from './builder.js';
import { UserError, type UserErrorShape } from './errors.js';
import { UserRef, WorkspaceRef } from './refs.js';

/** The payloads the connection mutations share (src/schema/workspace-connections.ts and its deprecated aliases). */

export type ConnectResult = { result: ConnectedWorkspace | null; userErrors: UserErrorShape[] };

/** A payload with the connected workspace and the viewer's user there. */
export const connectionPayload = (name: string, description: string, about: { workspace: string; user: string }) =>
  builder.objectRef<ConnectResult>(name).implement({
    description,
    fields: (t) => ({
      workspace: t.field({
        type: WorkspaceRef,
        nullable: true,
        description: about.workspace,
        resolve: (payload) => payload.result?.workspace ?? null,
      }),
      user: t.field({
        type: UserRef,
        nullable: true,
        description: about.user,
        resolve: (payload) => payload.result?.user ?? null,
      }),
      userErrors: t.field({ type: [UserError], resolve: (payload) => payload.userErrors }),
    }),
  });

export type InstallResult = { result: { installUrl: string; expiresAt: Date } | null; userErrors: UserErrorShape[] };

/** Where to send the browser to authorize with the platform. */
export const installPayload = (name: string, description: string, installUrl: string) =>
  builder.objectRef<InstallResult>(name).implement({
    description,
    fields: (t) => ({
      installUrl: t.field({
        type: 'URL',
        nullable: true,
        description: installUrl,
        resolve: (payload) => payload.result?.installUrl ?? null,
      }),
      expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (payload) => payload.result?.expiresAt ?? null }),
      userErrors: t.field({ type: [UserError], resolve: (payload) => payload.userErrors }),
    }),
  });

export type WorkspaceIdResult = { result: string | null; userErrors: UserErrorShape[] };

/** A payload naming the workspace the mutation was about. */
export const workspaceIdPayload = (name: string, workspaceId: string, description?: string) =>
  builder.objectRef<WorkspaceIdResult>(name).implement({
    description,
    fields: (t) => ({
      workspaceId: t.id({ nullable: true, description: workspaceId, resolve: (payload) => payload.result }),
      userErrors: t.field({ type: [UserError], resolve: (payload) => payload.userErrors }),
    }),
  });
