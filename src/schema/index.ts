import { builder } from './builder.js';
import './errors.js';
import './workspace.js';
import './user.js';
import './viewer.js';
import './channel.js';
import './message.js';
import './message-mutations.js';
import './channel-mutations.js';
import './attachments.js';
import './inbox.js';
import './event.js';
import './search.js';
import './pins.js';
import './link-preview.js';
import './deprecated-slack-connections.js';
import './workspace-connections.js';
import './threads.js';
import './read-state.js';
import './scheduled.js';

/** The whole GraphQL schema, built from the type files above. */
export const schema = builder.toSchema({ sortSchema: false });
