import {
  beginSlackInstall,
  connectSlackWorkspace,
  linkSlackUser,
  unlinkSlackUser,
  type ConnectedWorkspace,
} from '../resolvers/connections.js';
import { builder } from './builder.js';
import { attempt, USER_ERRORS, UserError, type UserErrorShape } from './errors.js';
import { UserRef, WorkspaceRef } from './refs.js';

/**
 * Connecting provider workspaces (Slack) and linking Switchboard accounts to their Slack users. Tokens
 * are input-only: no field ever returns one, and error messages never quote one.
 */

const SlackEventDelivery = builder.enumType('SlackEventDelivery', {
  description: 'How events of a connected Slack workspace reach Switchboard.',
  values: {
    PUSH: { description: 'Slack calls POST /webhooks/slack (needs a public URL and the signing secret).' },
    POLL: { description: 'No public URL: Switchboard polls conversations.history for new messages.' },
  } as const,
});

const SlackInstallPurpose = builder.enumType('SlackInstallPurpose', {
  description: 'What a Slack OAuth flow is for.',
  values: {
    INSTALL: { description: 'Install the Slack app in a workspace and connect it (admins only).' },
    LINK_USER: { description: "Link your own Slack user (with your user token) in a connected workspace, so you act as yourself." },
  } as const,
});

type ConnectResult = { result: ConnectedWorkspace | null; userErrors: UserErrorShape[] };

const connectionPayload = (name: string, description: string) =>
  builder.objectRef<ConnectResult>(name).implement({
    description,
    fields: (t) => ({
      workspace: t.field({
        type: WorkspaceRef,
        nullable: true,
        description: 'The Slack workspace; null when you have no linked Slack user there (so you cannot see it).',
        resolve: (payload) => payload.result?.workspace ?? null,
      }),
      user: t.field({
        type: UserRef,
        nullable: true,
        description: 'Your Slack user in that workspace, when linked.',
        resolve: (payload) => payload.result?.user ?? null,
      }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
    }),
  });

const ConnectSlackWorkspacePayload = connectionPayload('ConnectSlackWorkspacePayload', 'The connected Slack workspace, or why it was not connected.');
const LinkSlackUserPayload = connectionPayload('LinkSlackUserPayload', 'The Slack workspace you are now linked to, or why not.');

const ConnectSlackWorkspaceInput = builder.inputType('ConnectSlackWorkspaceInput', {
  description:
    'Connect a Slack workspace with its tokens (admins only: an API key with the "admin" scope). The tokens are ' +
    'checked with Slack (auth.test) and stored encrypted; the server refuses without SWITCHBOARD_ENCRYPTION_KEY. ' +
    'Connecting again replaces the stored credentials.',
  fields: (t) => ({
    botToken: t.string({ required: true, description: 'The app\'s Bot User OAuth Token, "xoxb-…".' }),
    userToken: t.string({
      description: 'Your own User OAuth Token, "xoxp-…": you then read and write as yourself (search needs it). Without it you are linked by email and the bot acts for you.',
    }),
    signingSecret: t.string({ description: "The app's Signing Secret, to verify webhooks. Defaults to SLACK_SIGNING_SECRET." }),
    eventDelivery: t.field({ type: SlackEventDelivery, description: 'PUSH (default) or POLL when Slack cannot reach this server.' }),
  }),
});

const LinkSlackUserInput = builder.inputType('LinkSlackUserInput', {
  description: 'Link your account to your Slack user in a connected workspace with your own user token.',
  fields: (t) => ({
    userToken: t.string({ required: true, description: 'Your User OAuth Token, "xoxp-…"; its workspace must be connected.' }),
  }),
});

const UnlinkSlackUserInput = builder.inputType('UnlinkSlackUserInput', {
  description: 'The Slack workspace to stop acting in as yourself.',
  fields: (t) => ({ workspaceId: t.id({ required: true, description: 'The Slack workspace to unlink from.' }) }),
});

const BeginSlackInstallInput = builder.inputType('BeginSlackInstallInput', {
  description: 'What the Slack authorization is for.',
  fields: (t) => ({
    purpose: t.field({ type: SlackInstallPurpose, required: true, description: 'INSTALL the app in a workspace, or LINK_USER your own Slack user.' }),
    workspaceId: t.id({ description: 'LINK_USER: the Slack workspace to link in (optional; Slack asks otherwise).' }),
  }),
});

type InstallResult = { result: { installUrl: string; expiresAt: Date } | null; userErrors: UserErrorShape[] };

const BeginSlackInstallPayload = builder.objectRef<InstallResult>('BeginSlackInstallPayload').implement({
  description: 'Where to send the browser to authorize with Slack.',
  fields: (t) => ({
    installUrl: t.field({
      type: 'URL',
      nullable: true,
      description: 'Open in a browser: /oauth/slack/install?state=…, which forwards to Slack. Single use.',
      resolve: (payload) => payload.result?.installUrl ?? null,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When installUrl stops working (ten minutes after it was made).',
      resolve: (payload) => payload.result?.expiresAt ?? null,
    }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

type UnlinkResult = { result: string | null; userErrors: UserErrorShape[] };

const UnlinkSlackUserPayload = builder.objectRef<UnlinkResult>('UnlinkSlackUserPayload').implement({
  description: 'The workspace you unlinked from (it leaves your view), or why nothing changed.',
  fields: (t) => ({
    workspaceId: t.id({ nullable: true, description: 'The workspace you were unlinked from.', resolve: (payload) => payload.result }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (payload) => payload.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  connectSlackWorkspace: t.field({
    type: ConnectSlackWorkspacePayload,
    description: 'Connect a Slack workspace with tokens (admins). See also beginSlackInstall for the OAuth install.',
    args: { input: t.arg({ type: ConnectSlackWorkspaceInput, required: true, description: 'The Slack tokens and how events arrive.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => connectSlackWorkspace(ctx, input)),
  }),
  linkSlackUser: t.field({
    type: LinkSlackUserPayload,
    description: 'Link your account to your Slack user with your user token; reads and writes there then act as you.',
    args: { input: t.arg({ type: LinkSlackUserInput, required: true, description: 'Your Slack user token.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => linkSlackUser(ctx, input)),
  }),
  unlinkSlackUser: t.field({
    type: UnlinkSlackUserPayload,
    description: 'Remove your link to a Slack workspace (and your stored token); the workspace disappears from your view.',
    args: { input: t.arg({ type: UnlinkSlackUserInput, required: true, description: 'The workspace to unlink from.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => unlinkSlackUser(ctx, { workspaceId: String(input.workspaceId) })),
  }),
  beginSlackInstall: t.field({
    type: BeginSlackInstallPayload,
    description: 'Start the Slack OAuth flow: INSTALL connects a workspace (admins), LINK_USER links your Slack user.',
    args: { input: t.arg({ type: BeginSlackInstallInput, required: true, description: 'What the authorization is for.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => beginSlackInstall(ctx, { purpose: input.purpose, workspaceId: input.workspaceId && String(input.workspaceId) })),
  }),
}));
