/**
 * SQL statements per thread-tree query on the built-in workspace, batched (DataLoader) and naive (batch
 * size 1, no cache), on PGlite and PostgreSQL, over the demo seed. Prints a table; counts, not timings.
 *
 *   npx tsx bench/thread-tree-statements.ts
 */
import { readFileSync } from 'node:fs';
import { startTestApp } from '../test/helpers/app.js';
import { STORES } from '../test/helpers/databases.js';
import { demoDirectory } from '../test/helpers/demo.js';

// The two queries the regression test pins, taken from it so both always measure the same thing.
const source = readFileSync(new URL('../test/graphql/thread-tree.test.ts', import.meta.url), 'utf8');
const queries = [...source.matchAll(/graphql\(`\s*(query (ThreadTreeBy\w+)[\s\S]*?)`\)/g)].map((match) => ({
  name: match[2],
  text: match[1],
}));

const rows: string[][] = [['store', 'query', 'messages returned', 'batched', 'naive']];
for (const kind of STORES) {
  const batched = await startTestApp(kind);
  const naive = await startTestApp(kind, { loaderOptions: { batch: false, cache: false } });
  for (const query of queries) {
    const counts: number[] = [];
    let returned = 0;
    for (const app of [batched, naive]) {
      const { acmeId } = await demoDirectory(app);
      app.takeStatementCount();
      const result = await app.gql('demo-alice', query.text, { workspaceId: acmeId });
      if (result.errors) throw new Error(`${query.name}: ${JSON.stringify(result.errors)}`);
      counts.push(app.takeStatementCount());
      // Every message in both queries selects its author.
      returned = (JSON.stringify(result.data).match(/"author":/g) ?? []).length;
    }
    rows.push([kind, query.name, String(returned), String(counts[0]), String(counts[1])]);
  }
  await batched.close();
  await naive.close();
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}\n`);
