import { GraphQLError, Kind, visit, BREAK, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Inputs no resolver should ever see, refused before execution with VALIDATION_ERROR:
 *
 * - A NUL character (U+0000) in any string, in a variable or written in the document. PostgreSQL cannot store
 *   one in text (error 22021), so it surfaced as an unexpected PROVIDER_ERROR from whichever query met it first.
 * - A request body that is not what its Content-Type says (a JSON body sent as multipart/form-data): the body
 *   parser's own exception used to be masked as PROVIDER_ERROR.
 */
export function inputChecks(): Plugin {
  const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'VALIDATION_ERROR' } });
  const check = ({ args, setResultAndStopExecution }: {
    args: { document: DocumentNode; variableValues?: Readonly<Record<string, unknown>> | null };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) => {
    const problem = nulProblem(args.document, args.variableValues ?? {});
    if (problem) setResultAndStopExecution({ errors: [refuse(problem)] });
  };
  return {
    onExecute: check,
    onSubscribe: check,
    onRequestParse({ requestParser, setRequestParser, request }) {
      if (!requestParser) return;
      const contentType = request.headers.get('content-type')?.split(';')[0].trim() ?? 'none';
      const parse = requestParser;
      setRequestParser((async (incoming: Request) => {
        try {
          return await parse(incoming);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          throw new GraphQLError(`The request body is not valid ${contentType}: ${(error as Error).message}.`, {
            extensions: { code: 'VALIDATION_ERROR', http: { status: 400 } },
          });
        }
      }) as typeof parse);
    },
  };
}

const NUL = '\u0000';
const NUL_RULE = 'contains a NUL character (U+0000), which no text may contain.';

function nulProblem(document: DocumentNode, variables: Readonly<Record<string, unknown>>): string | null {
  for (const [name, value] of Object.entries(variables)) if (holdsNul(value)) return `Variable $${name} ${NUL_RULE}`;
  let inDocument = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!node.value.includes(NUL)) return undefined;
      inDocument = true;
      return BREAK;
    },
  });
  return inDocument ? `A string in the document ${NUL_RULE}` : null;
}

/** Whether a variable's value holds a NUL character in any string inside it (keys of input objects too). */
function holdsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (item.includes(NUL)) return true;
    } else if (Array.isArray(item)) {
      pending.push(...item);
    } else if (item !== null && typeof item === 'object' && !(item instanceof Blob)) {
      for (const [key, inner] of Object.entries(item)) {
        if (key.includes(NUL)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}
