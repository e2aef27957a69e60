import { providerCallDuration, providerCalls, rateBudgetRefusals, upstreamCallDuration, upstreamCalls, upstreamRateLimited } from './metrics.js';
import { errorLabel, inSpan, startSpan, tracingEnabled } from './tracing.js';

/**
 * The neutral seams where provider calls are measured, so that no provider file has to know about metrics:
 *
 * - `instrumentProvider` wraps the MessagingProvider a request scope uses (src/context.ts): every method
 *   that returns a promise is counted and timed as `switchboard_provider_calls_total{provider,method,outcome}`
 *   and `switchboard_provider_call_duration_seconds`, with a span when tracing is on. For the built-in
 *   provider that is its SQL path; for a connected platform, the provider-level operation (which may make several API calls).
 *   Its optional parts (`provider.pins.add`) are wrapped the same way, named `pins.add`.
 * - `observeUpstreamCall` is called by a provider's API client (e.g. its Web API wrapper) once per HTTP call.
 */

const wrapped = new WeakMap<object, object>();

/**
 * `parts` names the provider's optional parts (FEATURES of src/providers/provider.ts, passed in so that this
 * base layer need not know the provider interface): they are objects, usually class instances, whose
 * methods are measured as `part.method`. A part keeps its identity per provider (one proxy per object), so
 * `requireFeature(provider, 'pins')` answers the same wrapped part every time.
 */
export function instrumentProvider<T extends object>(providerName: string, provider: T, parts: readonly string[] = []): T {
  return wrap(providerName, provider, '', new Set(parts));
}

function wrap<T extends object>(providerName: string, target: T, prefix: string, parts: ReadonlySet<string>): T {
  const cached = wrapped.get(target);
  if (cached) return cached as T;
  // One wrapper per method, made on first use: a hot path reads the same members again and again.
  const methods = new Map<string, { original: unknown; wrapper: unknown }>();
  const proxy = new Proxy(target, {
    get(object, property) {
      // Read from the target itself, so getters and private fields see their own object, not this proxy.
      const value = Reflect.get(object, property) as unknown;
      if (typeof property !== 'string' || property === 'then' || property === 'constructor') return value;
      if (typeof value === 'function') {
        const known = methods.get(property);
        if (known?.original === value) return known.wrapper;
        const wrapper = timed(providerName, `${prefix}${property}`, value as (...args: unknown[]) => unknown, object);
        methods.set(property, { original: value, wrapper });
        return wrapper;
      }
      if (parts.has(property) && typeof value === 'object' && value !== null) return wrap(providerName, value, `${prefix}${property}.`, NO_PARTS);
      return value;
    },
  });
  wrapped.set(target, proxy);
  return proxy;
}

const NO_PARTS: ReadonlySet<string> = new Set();

/** Members of the provider interface that answer synchronously from memory: not calls, not measured. */
const SYNCHRONOUS_MEMBERS = new Set(['capabilities', 'forRequest']);

function timed(providerName: string, method: string, fn: (...args: unknown[]) => unknown, self: object) {
  if (SYNCHRONOUS_MEMBERS.has(method)) return fn.bind(self);
  return (...args: unknown[]): unknown => {
    const start = performance.now();
    const span = tracingEnabled() ? startSpan(`provider ${method}`, { 'switchboard.provider': providerName, 'switchboard.method': method }) : null;
    let result: unknown;
    try {
      result = span ? span.run(() => fn.apply(self, args)) : fn.apply(self, args);
    } catch (error) {
      span?.end(error);
      throw error;
    }
    if (!(result instanceof Promise)) {
      span?.end();
      return result;
    }
    return result.then(
      (value: unknown) => {
        record(providerName, method, 'ok', start);
        span?.end();
        return value;
      },
      (error: unknown) => {
        record(providerName, method, errorLabel(error), start);
        span?.end(error);
        throw error;
      },
    );
  };
}

function record(provider: string, method: string, outcome: string, start: number): void {
  providerCalls.inc({ provider, method, outcome });
  providerCallDuration.observe({ provider, method }, (performance.now() - start) / 1000);
}

/**
 * One call to a provider's own API. `outcome`: 'ok', or the error's closed code. `rateLimited`: the
 * provider answered 429. Calls our rate budget refused never reach here: see `observeBudgetRefusal`.
 */
export function observeUpstreamCall(provider: string, method: string, start: number, outcome: string, rateLimited = false): void {
  upstreamCalls.inc({ provider, method, outcome });
  upstreamCallDuration.observe({ provider, method }, (performance.now() - start) / 1000);
  if (rateLimited) upstreamRateLimited.inc({ provider, method });
}

/** Our rate budget refused a call (RATE_LIMITED with the wait, without calling the provider). */
export function observeBudgetRefusal(provider: string, method: string): void {
  rateBudgetRefusals.inc({ provider, method });
}

/** Runs one upstream call in a span when tracing is on. */
export function upstreamSpan<T>(provider: string, method: string, work: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work();
  return inSpan(`${provider} ${method}`, { 'switchboard.provider': provider, 'switchboard.upstream_method': method }, work);
}
