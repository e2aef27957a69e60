import { fork, type ChildProcess } from 'node:child_process';

/**
 * Benchmark processes: the server under test, the baseline server and the load generators each run in a
 * process of their own (so a load generator never steals the server's event loop), driven by the
 * orchestrator over Node's IPC channel with small request/response messages.
 */

interface Request {
  rpc: number;
  method: string;
  params: unknown;
}

interface Response {
  rpc: number;
  result?: unknown;
  error?: string;
}

export interface Child {
  process: ChildProcess;
  call<T = unknown>(method: string, params?: unknown): Promise<T>;
  /** Asks the child to exit and waits for it (kills it after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `script` (TypeScript, through tsx) as a child process and resolves once it says it is ready. */
export async function startChild(
  script: URL,
  options: { args?: string[]; env?: Record<string, string>; exposeGc?: boolean; maxOldSpaceMb?: number } = {},
): Promise<Child> {
  const execArgv = ['--import', 'tsx'];
  if (options.exposeGc) execArgv.push('--expose-gc');
  if (options.maxOldSpaceMb) execArgv.push(`--max-old-space-size=${options.maxOldSpaceMb}`);
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of every child, to see where a server spends its time.
  if (process.env.BENCH_CPU_PROF) execArgv.push('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`);
  const child = fork(script.pathname, options.args ?? [], {
    execArgv,
    // A request log line per request would flood the bench's terminal: warnings only, unless LOG_LEVEL says otherwise.
    env: { LOG_LEVEL: 'warn', ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      for (const { reject } of waiting.values()) reject(new Error(`${script.pathname} exited (${code ?? signal})`));
      waiting.clear();
      resolve();
    }),
  );
  child.on('message', (message: Response) => {
    const pending = waiting.get(message.rpc);
    if (!pending) return;
    waiting.delete(message.rpc);
    if (message.error !== undefined) pending.reject(new Error(message.error));
    else pending.resolve(message.result);
  });
  const call = <T>(method: string, params?: unknown) =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error(`${script.pathname} is not running`));
      const rpc = next++;
      waiting.set(rpc, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ rpc, method, params } satisfies Request);
    });
  await call('ready');
  return {
    process: child,
    call,
    async stop(graceMs = 10_000) {
      if (exited) return;
      child.send({ rpc: 0, method: 'exit', params: null } satisfies Request);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * The child's side: answers the orchestrator's calls with `handlers`. `ready` is answered once `setup`
 * resolved; `exit` runs `teardown` and exits.
 */
export function serveParent(
  handlers: Record<string, (params: never) => unknown>,
  lifecycle: { setup?: () => Promise<void>; teardown?: () => Promise<void> } = {},
): void {
  if (!process.send) throw new Error('run this script through the benchmark orchestrator (it needs an IPC channel)');
  const setup = (lifecycle.setup ?? (async () => {}))();
  setup.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
  process.on('message', async (message: Request) => {
    if (message.method === 'exit') {
      try {
        await lifecycle.teardown?.();
      } finally {
        process.exit(0);
      }
    }
    const reply = (response: Omit<Response, 'rpc'>) => process.send!({ rpc: message.rpc, ...response });
    try {
      if (message.method === 'ready') {
        await setup;
        return reply({ result: true });
      }
      const handler = handlers[message.method];
      if (!handler) throw new Error(`unknown method ${message.method}`);
      reply({ result: await handler(message.params as never) });
    } catch (error) {
      reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
  // The orchestrator died: do not linger.
  process.on('disconnect', () => process.exit(0));
}

/** The server process's memory after a full collection (needs --expose-gc). */
export function measuredMemory(): { rss: number; heapUsed: number; external: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external + usage.arrayBuffers };
}
