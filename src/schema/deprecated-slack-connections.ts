import { beginInstall, connectWorkspace, linkAccount, unlinkAccount } from '../resolvers/connections.js';
import { builder } from './builder.js';
import { connectForms, linkForms } from './connection-forms.js';
import { connectionPayload, installPayload, workspaceIdPayload } from './connection-payloads.js';
import { attempt } from './errors.js';

/**
 * The Slack-named connection mutations of before providers were modules, kept as deprecated aliases of
 * the provider-neutral ones (./workspace-connections.ts) so that existing clients keep working. The one
 * place in src/schema that names Slack; it goes when the aliases go.
 */

const SLACK = 'slack';
const reason = (replacement: string) => `Use ${replacement}, which takes the provider as data; this alias will be removed.`;

const SlackInstallPurpose = builder.enumType('SlackInstallPurpose', {
  description: 'What a Slack OAuth flow is for.',
  values: {
    INSTALL: { description: 'Install the Slack app in a workspace and connect it (admins only).' },
    LINK_USER: { description: "Link your own Slack user (with your user token) in a connected workspace, so you act as yourself." },
  } as const,
});

const ConnectSlackWorkspacePayload = connectionPayload('ConnectSlackWorkspacePayload', 'The connected Slack workspace, or why it was not connected.', {
  workspace: 'The Slack workspace; null when you have no linked Slack user there (so you cannot see it).',
  user: 'Your Slack user in that workspace, when linked.',
});
const LinkSlackUserPayload = connectionPayload('LinkSlackUserPayload', 'The Slack workspace you are now linked to, or why not.', {
  workspace: 'The Slack workspace; null when you have no linked Slack user there (so you cannot see it).',
  user: 'Your Slack user in that workspace, when linked.',
});

const UnlinkSlackUserInput = builder.inputType('UnlinkSlackUserInput', {
  fields: (t) => ({ workspaceId: t.id({ required: true, description: 'The Slack workspace to unlink from.' }) }),
});

const BeginSlackInstallInput = builder.inputType('BeginSlackInstallInput', {
  fields: (t) => ({
    purpose: t.field({ type: SlackInstallPurpose, required: true }),
    workspaceId: t.id({ description: 'LINK_USER: the Slack workspace to link in (optional; Slack asks otherwise).' }),
  }),
});

const BeginSlackInstallPayload = installPayload(
  'BeginSlackInstallPayload',
  'Where to send the browser to authorize with Slack.',
  'Open in a browser: /oauth/slack/install?state=…, which forwards to Slack. Single use.',
);

const UnlinkSlackUserPayload = workspaceIdPayload('UnlinkSlackUserPayload', 'The workspace you were unlinked from.');

builder.mutationFields((t) => ({
  connectSlackWorkspace: t.field({
    type: ConnectSlackWorkspacePayload,
    description: 'Connect a Slack workspace with tokens (admins). See also beginSlackInstall for the OAuth install.',
    deprecationReason: reason('connectWorkspace(input: { slack: … })'),
    args: { input: t.arg({ type: connectForms.get(SLACK)!, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => connectWorkspace(ctx, SLACK, input)),
  }),
  linkSlackUser: t.field({
    type: LinkSlackUserPayload,
    description: 'Link your account to your Slack user with your user token; reads and writes there then act as you.',
    deprecationReason: reason('linkAccount(input: { slack: … })'),
    args: { input: t.arg({ type: linkForms.get(SLACK)!, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => linkAccount(ctx, SLACK, input)),
  }),
  unlinkSlackUser: t.field({
    type: UnlinkSlackUserPayload,
    description: 'Remove your link to a Slack workspace (and your stored token); the workspace disappears from your view.',
    deprecationReason: reason('unlinkAccount'),
    args: { input: t.arg({ type: UnlinkSlackUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => unlinkAccount(ctx, { workspaceId: String(input.workspaceId) })),
  }),
  beginSlackInstall: t.field({
    type: BeginSlackInstallPayload,
    description: 'Start the Slack OAuth flow: INSTALL connects a workspace (admins), LINK_USER links your Slack user.',
    deprecationReason: reason('beginInstall(input: { provider: SLACK, … })'),
    args: { input: t.arg({ type: BeginSlackInstallInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => beginInstall(ctx, SLACK, { purpose: input.purpose, workspaceId: input.workspaceId && String(input.workspaceId) })),
  }),
}));
