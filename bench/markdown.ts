import { existsSync, readFileSync } from 'node:fs';
import { RESULTS_DIR } from './lib/report.js';

/**
 * Prints the figures of bench/results/*.json as Markdown tables, for BENCHMARKS.md:
 *
 *   npx tsx bench/markdown.ts
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (part: string): Json | null => {
  const file = new URL(`${part}.json`, RESULTS_DIR);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Json) : null;
};
const table = (header: string[], rows: unknown[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const out = (text: string) => process.stdout.write(`${text}\n`);
const about = (result: Json) =>
  `Command: \`${result.command}\` · Date: ${result.date.slice(0, 10)} · Machine: ${result.machine.cores} cores (${result.machine.cpu}), ${result.machine.ramGiB} GiB, Node ${result.machine.node}, load average ${result.machine.loadAverage} at the end`;

const calls = read('calls');
if (calls) {
  out(`### Provider calls per query\n\n${about(calls)}\n`);
  out(
    table(
      ['provider', 'store', 'query', 'messages', 'ours', 'minimum', 'naive (no batching)', 'counted'],
      calls.rows.map((row: Json) => [row.provider, row.store, row.query, row.messages, `**${row.ours}**`, row.minimum, row.naive ?? '–', row.note]),
    ),
  );
}
const http = read('http');
if (http) {
  out(`\n### HTTP throughput and latency\n\n${about(http)} · ${http.connections} connections, ${http.durationSeconds} s per run\n`);
  out(
    table(
      ['request', 'Switchboard req/s', 'p50 ms', 'p99 ms', 'baseline req/s', 'p50 ms', 'p99 ms', 'baseline ÷ ours', 'same JSON', 'SQL statements'],
      http.rows.map((row: Json) => [
        row.request, `**${row.switchboard.rps}**`, row.switchboard.p50, row.switchboard.p99,
        row.baseline.rps, row.baseline.p50, row.baseline.p99, `${row.ratio}×`, row.sameJson ? 'yes' : 'no', row.statements,
      ]),
    ),
  );
}
const fanout = read('fanout');
if (fanout) {
  out(`\n### Subscription fan-out\n\n${about(fanout)}\n`);
  out(
    table(
      ['server', 'subscribers', 'events/s offered', 'events/s published', 'deliveries/s offered', 'delivered/s', 'delivered', 'p50 ms', 'p99 ms', 'SQL statements per event'],
      fanout.steps.map((step: Json) => [
        step.target, step.subscribers, step.rate, step.publishedPerSecond ?? '–', step.rate * step.subscribers, `**${step.deliveredPerSecond}**`,
        `${step.delivered}/${step.expected}`, step.p50, step.p99, step.statementsPerEvent,
      ]),
    ),
  );
  out('');
  out(table(['server', 'idle subscribed connections', 'RSS per connection KB', 'heap per connection KB'], fanout.memory.map((row: Json) => [row.target, row.subscribers, row.rssPerConnectionKB, row.heapPerConnectionKB])));
}
const search = read('search');
if (search) {
  out(`\n### Search at scale\n\n${about(search)}\n`);
  out(
    table(
      ['messages', 'selective p50 ms', 'selective p99 ms', 'broad p50 ms', 'broad p99 ms', 'broad hits', 'bulk insert rows/s', 'sendMessage/s', 'table MB', 'search index MB'],
      search.results.map((row: Json) => [
        row.messages.toLocaleString('en-US'), row.selective.p50, `**${row.selective.p99}**`, row.broad.p50, row.broad.p99, row.broad.hits,
        row.bulkInsertRowsPerSecond, row.sendMessagesPerSecond, row.tableMB, row.searchIndexMB,
      ]),
    ),
  );
}
