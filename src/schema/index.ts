import { builder } from './builder.js';
import './errors.js';
import './workspace.js';
import './user.js';
import './viewer.js';
import './channel.js';
import './message.js';
import './message-mutations.js';
import './inbox.js';
import './event.js';

/** The whole GraphQL schema, built from the type files above. */
export const schema = builder.toSchema({ sortSchema: false });
