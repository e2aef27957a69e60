import { readFileSync } from 'node:fs';

/**
 * What N idle subscribed connections hold, by object kind:
 * `npx tsx bench/fanout/heap-summary.ts <snapshot with N connections> <snapshot before> <N>` prints the
 * kinds that grew by at least half an object per connection, with objects and bytes per connection (self
 * sizes), largest first (FANOUT_HEAP_SNAPSHOT=<dir> in bench/fanout/run.ts writes both snapshots).
 */

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const [afterFile, beforeFile, connectionsArg, limitArg] = process.argv.slice(2);
const connections = Number(connectionsArg ?? 1000);

type Kinds = Map<string, { count: number; bytes: number }>;

function kindsOf(file: string): Kinds {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const kinds = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    const rawName = snapshot.strings[snapshot.nodes[i + nameAt]];
    // Strings and code are named by their content; group them by type only.
    const name = type === 'object' || type === 'closure' || type === 'hidden' || type === 'object shape' || type === 'array' ? rawName.slice(0, 80) : '';
    const key = `${type} ${name}`;
    const kind = kinds.get(key) ?? { count: 0, bytes: 0 };
    kind.count += 1;
    kind.bytes += snapshot.nodes[i + sizeAt];
    total += snapshot.nodes[i + sizeAt];
    kinds.set(key, kind);
  }
  kinds.set('(total)', { count: 0, bytes: total });
  return kinds;
}

const after = kindsOf(afterFile);
const before = kindsOf(beforeFile);
const grown = [...after.entries()].map(([key, kind]) => {
  const was = before.get(key) ?? { count: 0, bytes: 0 };
  return [key, { count: kind.count - was.count, bytes: kind.bytes - was.bytes }] as const;
});
const rows = grown.filter(([key, kind]) => key === '(total)' || kind.count >= connections / 2).sort((a, b) => b[1].bytes - a[1].bytes);
process.stdout.write(`grown by, per connection (${connections} connections):\n`);
for (const [key, kind] of rows.slice(0, Number(limitArg ?? 60))) {
  process.stdout.write(`${(kind.count / connections).toFixed(2).padStart(8)} /conn ${(kind.bytes / connections).toFixed(0).padStart(7)} B/conn  ${key}\n`);
}
