import {
  beginInstall,
  chosenProvider,
  connectWorkspace,
  disconnectWorkspace,
  linkAccount,
  unlinkAccount,
} from '../resolvers/connections.js';
import { builder } from './builder.js';
import { connectForms, linkForms, providerField, providerOfField } from './connection-forms.js';
import { connectionPayload, installPayload, workspaceIdPayload } from './connection-payloads.js';
import { attempt } from './errors.js';
import { ProviderEnum } from './workspace.js';

/**
 * Connecting provider workspaces and linking Switchboard accounts to their users there, with the provider
 * as data: `connectWorkspace(input: { <provider>: … })` and `linkAccount` take @oneOf inputs whose members
 * are the forms the provider definitions declare (./connection-forms.ts). Tokens are input-only: no field
 * ever returns one, and error messages never quote one.
 */

const InstallPurpose = builder.enumType('InstallPurpose', {
  description: "What a provider's OAuth flow is for.",
  values: {
    INSTALL: { description: "Install the provider's app in a workspace and connect it (admins only)." },
    LINK_USER: { description: 'Link your own user (with your user token) in a connected workspace, so you act as yourself.' },
  } as const,
});

/** A @oneOf input with one member per provider that has the form. */
function oneOfInput(name: string, description: string, forms: typeof connectForms) {
  return builder.inputType(name, {
    description,
    isOneOf: true,
    fields: (t) => Object.fromEntries([...forms].map(([provider, form]) => [providerField(provider), t.field({ type: form })])),
  });
}

const ConnectWorkspaceInput = oneOfInput(
  'ConnectWorkspaceInput',
  'Connect a provider workspace (admins only: an API key with the "admin" scope): give exactly one provider, with its fields. ' +
    'Credentials are checked with the provider and stored encrypted; the server refuses without SWITCHBOARD_ENCRYPTION_KEY. ' +
    'Connecting again replaces the stored credentials.',
  connectForms,
);

const LinkAccountInput = oneOfInput(
  'LinkAccountInput',
  'Link your account to your own user in a connected workspace: give exactly one provider, with its fields.',
  linkForms,
);

const UnlinkAccountInput = builder.inputType('UnlinkAccountInput', {
  fields: (t) => ({ workspaceId: t.id({ required: true, description: 'The connected workspace to unlink from.' }) }),
});

const DisconnectWorkspaceInput = builder.inputType('DisconnectWorkspaceInput', {
  fields: (t) => ({ workspaceId: t.id({ required: true, description: 'The connected workspace to disconnect.' }) }),
});

const BeginInstallInput = builder.inputType('BeginInstallInput', {
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, required: true, description: 'The platform to authorize with.' }),
    purpose: t.field({ type: InstallPurpose, required: true }),
    workspaceId: t.id({ description: 'LINK_USER: the connected workspace to link in (optional; the platform asks otherwise).' }),
  }),
});

const workspaceAbout = {
  workspace: 'The workspace; null when you have no linked user there (so you cannot see it).',
  user: 'Your user in that workspace, when linked.',
};
const ConnectWorkspacePayload = connectionPayload('ConnectWorkspacePayload', 'The connected workspace, or why it was not connected.', workspaceAbout);
const LinkAccountPayload = connectionPayload('LinkAccountPayload', 'The workspace you are now linked to, or why not.', workspaceAbout);
const UnlinkAccountPayload = workspaceIdPayload('UnlinkAccountPayload', 'The workspace you were unlinked from.');
const DisconnectWorkspacePayload = workspaceIdPayload('DisconnectWorkspacePayload', 'The workspace that was disconnected.');
const BeginInstallPayload = installPayload(
  'BeginInstallPayload',
  'Where to send the browser to authorize with the platform.',
  'Open in a browser: /oauth/<provider>/install?state=…, which forwards to the platform. Single use.',
);

/** The provider a @oneOf input names, and its fields. */
function chosen(input: Record<string, unknown>) {
  const { provider, fields } = chosenProvider(input);
  return { provider: providerOfField(provider), fields };
}

builder.mutationFields((t) => ({
  connectWorkspace: t.field({
    type: ConnectWorkspacePayload,
    description: 'Connect a provider workspace with its credentials (admins). See also beginInstall for the OAuth install.',
    args: { input: t.arg({ type: ConnectWorkspaceInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => {
        const { provider, fields } = chosen(input);
        return connectWorkspace(ctx, provider, fields);
      }),
  }),
  linkAccount: t.field({
    type: LinkAccountPayload,
    description: 'Link your account to your own user in a connected workspace; reads and writes there then act as you.',
    args: { input: t.arg({ type: LinkAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => {
        const { provider, fields } = chosen(input);
        return linkAccount(ctx, provider, fields);
      }),
  }),
  unlinkAccount: t.field({
    type: UnlinkAccountPayload,
    description: 'Remove your link to a connected workspace (and your stored token); the workspace disappears from your view.',
    args: { input: t.arg({ type: UnlinkAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => unlinkAccount(ctx, { workspaceId: String(input.workspaceId) })),
  }),
  disconnectWorkspace: t.field({
    type: DisconnectWorkspacePayload,
    description:
      'Disconnect a workspace (admins): its stored credentials and links are removed, every server drops what it cached of it, ' +
      'and subscriptions confined to it end.',
    args: { input: t.arg({ type: DisconnectWorkspaceInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => disconnectWorkspace(ctx, { workspaceId: String(input.workspaceId) })),
  }),
  beginInstall: t.field({
    type: BeginInstallPayload,
    description: "Start a provider's OAuth flow: INSTALL connects a workspace (admins), LINK_USER links your own user.",
    args: { input: t.arg({ type: BeginInstallInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        beginInstall(ctx, input.provider, { purpose: input.purpose, workspaceId: input.workspaceId && String(input.workspaceId) }),
      ),
  }),
}));
