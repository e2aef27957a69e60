import { createSourceEventStream, execute, getOperationAST, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../context.js';
import type { LoggedEvent } from '../providers/events.js';
import { audienceOf, type AudienceDecision } from '../subscriptions/audience.js';
import { markShared } from '../subscriptions/prepared-frames.js';
import { classContext, type ClassExecutionGuard } from './class-context.js';

/**
 * Executes the selection set of `Subscription.events` once per event for all subscribers that hold the
 * same document and variables and share a visibility class, and hands every one of them that result.
 *
 * Without it each subscriber runs the selection set with its own context: with 5,000 subscribers on a busy
 * channel one event is 5,000 executions and their reads. Subscribers that ask the same thing and may see
 * the same thing get the same answer, so it is computed once (class-context.ts explains why that is exact,
 * and how a selection that depends on the viewer — viewerHasReacted, read state — falls back to executing
 * per subscriber). The event's access decision comes from EventAudience, shared the same way.
 */

interface ClassResult {
  /** False when the execution read something personal: each subscriber then executes on its own. */
  shareable: boolean;
  result: ExecutionResult;
}

/** Per event object: results by document and visibility class. Dropped with the event. */
const executions = new WeakMap<object, Map<string, Promise<ClassResult>>>();
/** Documents found personal, so later events skip the attempt to share them (bounded). */
const personalDocuments = new Set<string>();
const MAX_REMEMBERED_DOCUMENTS = 10_000;
const printed = new WeakMap<DocumentNode, string>();

export function sharedEventDelivery(): Plugin {
  return {
    onSubscribe({ args, setSubscribeFn }) {
      const ctx = args.contextValue as Partial<RequestContext>;
      if (!ctx.services || !ctx.viewer) return;
      if (!selectsEventsOnly(args.document, args.operationName ?? undefined)) return;
      setSubscribeFn(subscribeShared as never);
    },
  };
}

/** Whether the operation is a subscription whose only root selection is the `events` field. */
function selectsEventsOnly(document: DocumentNode, operationName: string | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') return false;
  const [selection, ...rest] = operation.selectionSet.selections;
  return rest.length === 0 && selection.kind === Kind.FIELD && selection.name.value === 'events';
}

async function subscribeShared(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  // What the subscription's own checks read (its scopes, loaders, memberships) is not needed while it waits
  // for events: each event starts from fresh reads anyway (Subscription.events resets them).
  (args.contextValue as RequestContext).resetLoaders();
  return new SharedDeliveryStream(stream as AsyncGenerator<unknown>, args, documentKeyOf(args));
}

/** Documents with their variables as keys, one string per distinct key for every subscriber holding it (bounded). */
const documentKeys = new Map<string, string>();

function documentKeyOf(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  const key = `${args.operationName ?? ''}\u0000${text}\u0000${JSON.stringify(args.variableValues ?? {})}`;
  const known = documentKeys.get(key);
  if (known !== undefined) return known;
  if (documentKeys.size >= MAX_REMEMBERED_DOCUMENTS) documentKeys.clear();
  documentKeys.set(key, key);
  return key;
}

/** One subscriber's result for an event: the class's shared result when it may have it, else its own. */
async function resultFor(args: ExecutionArgs, documentKey: string, event: unknown): Promise<ExecutionResult> {
  if (!isLoggedEvent(event) || personalDocuments.has(documentKey)) return execute({ ...args, rootValue: event });
  const ctx = args.contextValue as RequestContext;
  const decision = await audienceOf(ctx.services, event).decision(ctx.viewer.accountId);
  if (!decision.canSee) return execute({ ...args, rootValue: event });
  const key = `${decision.classKey}\u0000${documentKey}`;
  let byKey = executions.get(event);
  if (!byKey) {
    byKey = new Map();
    executions.set(event, byKey);
  }
  let shared = byKey.get(key);
  if (!shared) {
    shared = executeForClass(args, ctx, event, decision, documentKey);
    byKey.set(key, shared);
  }
  const outcome = await shared;
  return outcome.shareable ? outcome.result : execute({ ...args, rootValue: event });
}

async function executeForClass(
  args: ExecutionArgs,
  ctx: RequestContext,
  event: LoggedEvent,
  decision: AudienceDecision,
  documentKey: string,
): Promise<ClassResult> {
  const guard: ClassExecutionGuard = { personal: false };
  const result = await execute({ ...args, contextValue: classContext(ctx, event, decision, guard), rootValue: event });
  if (guard.personal) {
    if (personalDocuments.size >= MAX_REMEMBERED_DOCUMENTS) personalDocuments.clear();
    personalDocuments.add(documentKey);
  }
  // Every subscriber of the class gets this very object: its payload is serialized once for all of them
  // (src/subscriptions/prepared-frames.ts).
  if (!guard.personal) markShared(result);
  return { shareable: !guard.personal, result };
}

function isLoggedEvent(value: unknown): value is LoggedEvent {
  return typeof value === 'object' && value !== null && 'seq' in value && 'workspaceId' in value;
}

/**
 * Events a subscriber's stream reads ahead while earlier results are still being sent: their access
 * decisions and executions overlap instead of running one event after another, so a burst of events costs
 * about one round of reads, not one per event. Results still leave in event order.
 *
 * The stream asks its source for the next event only once the previous one has arrived, so an idle stream
 * holds a single pending read (several per subscriber were a measurable part of an idle connection's
 * memory); during a burst it runs up to READ_AHEAD events ahead of the consumer.
 */
const READ_AHEAD = 8;

/**
 * A subscriber's results: its source's events, each mapped by `resultFor`, reading ahead as above; results in
 * source order. Closing it closes the source. A class (no closures): one per subscriber, held while idle.
 */
class SharedDeliveryStream implements AsyncGenerator<ExecutionResult> {
  private readonly ahead: Array<Promise<IteratorResult<ExecutionResult>>> = [];
  private sourceDone = false;
  private closed = false;
  /** Whether a read of the source is pending (at most one at a time). */
  private reading = false;

  constructor(
    private readonly source: AsyncGenerator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly documentKey: string,
  ) {}

  private readOne(): void {
    if (this.reading || this.sourceDone || this.closed || this.ahead.length >= READ_AHEAD) return;
    this.reading = true;
    const step = this.source.next().then(async (item): Promise<IteratorResult<ExecutionResult>> => {
      this.reading = false;
      if (item.done) {
        this.sourceDone = true;
        return { done: true, value: undefined };
      }
      this.readOne();
      return { done: false, value: await resultFor(this.args, this.documentKey, item.value) };
    });
    // Failures surface when the consumer reaches this position; never as an unhandled rejection.
    step.catch(() => {
      this.reading = false;
    });
    this.ahead.push(step);
  }

  private async close(): Promise<void> {
    this.closed = true;
    this.ahead.length = 0;
    await this.source.return?.(undefined as never);
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.closed) return { done: true, value: undefined };
    this.readOne();
    const step = this.ahead.shift();
    if (!step) return { done: true, value: undefined };
    try {
      const result = await step;
      if (result.done) this.closed = true;
      else this.readOne();
      return result;
    } catch (error) {
      await this.close().catch(() => {});
      throw error;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.close();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.close();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
