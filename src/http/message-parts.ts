import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../context.js';
import { messagePartsOf } from '../schema/message-parts.js';

/**
 * Tells the request which parts of message records its operation reads (src/schema/message-parts.ts), before
 * any resolver opens a workspace scope: providers then leave the other parts out of the records they read
 * for it (issue 14). Subscriptions are not narrowed (they never reach onExecute).
 */
export function messagePartsOfOperation(): Plugin {
  return {
    onExecute({ args }) {
      (args.contextValue as Partial<RequestContext>).readParts?.(messagePartsOf(args.document));
    },
  };
}
