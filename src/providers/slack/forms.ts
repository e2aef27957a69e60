import type { ConnectForms } from '../definition.js';

/**
 * What `connectWorkspace(input: { slack: … })` and `linkAccount(input: { slack: … })` take, as data: the
 * schema builds the input types from it (src/schema/workspace-connections.ts), and ./connect.ts reads the
 * values. Tokens are input-only: no field ever returns one.
 */
export const slackForms: ConnectForms = {
  connect: {
    typeName: 'ConnectSlackWorkspaceInput',
    description:
      'Connect a Slack workspace with its tokens (admins only: an API key with the "admin" scope). The tokens are ' +
      'checked with Slack (auth.test) and stored encrypted; the server refuses without SWITCHBOARD_ENCRYPTION_KEY. ' +
      'Connecting again replaces the stored credentials.',
    fields: {
      botToken: { type: 'String', required: true, description: 'The app\'s Bot User OAuth Token, "xoxb-…".' },
      userToken: {
        type: 'String',
        description:
          'Your own User OAuth Token, "xoxp-…": you then read and write as yourself (search needs it). Without it you are linked by email and the bot acts for you.',
      },
      signingSecret: { type: 'String', description: "The app's Signing Secret, to verify webhooks. Defaults to SLACK_SIGNING_SECRET." },
      eventDelivery: {
        type: 'enum',
        description: 'PUSH (default) or POLL when Slack cannot reach this server.',
        enum: {
          name: 'SlackEventDelivery',
          description: 'How events of a connected Slack workspace reach Switchboard.',
          values: {
            PUSH: 'Slack calls POST /webhooks/slack (needs a public URL and the signing secret).',
            POLL: 'No public URL: Switchboard polls conversations.history for new messages.',
          },
        },
      },
    },
  },
  link: {
    typeName: 'LinkSlackUserInput',
    description: 'Link your account to your Slack user in a connected workspace with your own user token.',
    fields: {
      userToken: { type: 'String', required: true, description: 'Your User OAuth Token, "xoxp-…"; its workspace must be connected.' },
    },
  },
};
