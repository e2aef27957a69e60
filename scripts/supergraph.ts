import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

/**
 * Composes Switchboard's subgraph (subgraph.graphql) with other Federation v2 subgraphs into a supergraph
 * SDL for Hive Gateway (`hive-gateway supergraph supergraph.graphql`) or any Federation gateway:
 *
 *   npm run supergraph -- --switchboard http://switchboard:4000/graphql tickets=./tickets.graphql@http://tickets:4001/graphql
 *
 * Options: `--switchboard <url>` where the gateway reaches Switchboard (default http://localhost:4000/graphql),
 * `--out <file>` (default supergraph.graphql). Each other subgraph is `name=<sdl file>@<url>`. Composition
 * errors are printed and the exit status is 1; nothing is written then.
 */

export interface SubgraphSource {
  name: string;
  /** The subgraph's SDL with its Federation directives (what `_service { sdl }` answers). */
  sdl: string;
  /** Where the gateway sends this subgraph's operations. */
  url: string;
}

export type Composition = { supergraphSdl: string; errors?: undefined } | { supergraphSdl?: undefined; errors: string[] };

/** Switchboard's own subgraph, from the committed subgraph.graphql (kept equal to the code by a test). */
export function switchboardSubgraph(url: string): SubgraphSource {
  return { name: 'switchboard', sdl: readFileSync(new URL('../subgraph.graphql', import.meta.url), 'utf8'), url };
}

/** Federation v2 composition (The Guild's implementation, the one Hive Gateway and Hive use). */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): Composition {
  const result = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, typeDefs: parse(sdl), url })));
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: result.supergraphSdl };
}

function parseArguments(argv: readonly string[]): { switchboardUrl: string; out: string; others: SubgraphSource[] } {
  let switchboardUrl = 'http://localhost:4000/graphql';
  let out = 'supergraph.graphql';
  const others: SubgraphSource[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--switchboard') switchboardUrl = argv[++index];
    else if (arg === '--out') out = argv[++index];
    else {
      const match = /^([A-Za-z][\w-]*)=(.+)@(https?:\/\/.+)$/.exec(arg);
      if (!match) throw new Error(`expected name=<sdl file>@<url>, got ${JSON.stringify(arg)}`);
      others.push({ name: match[1], sdl: readFileSync(match[2], 'utf8'), url: match[3] });
    }
  }
  if (!switchboardUrl || !out) throw new Error('--switchboard and --out need a value');
  return { switchboardUrl, out, others };
}

function main(): void {
  const { switchboardUrl, out, others } = parseArguments(process.argv.slice(2));
  const composition = composeSupergraph([switchboardSubgraph(switchboardUrl), ...others]);
  if (composition.errors) {
    process.stderr.write(`Composition failed:\n${composition.errors.map((message) => `- ${message}`).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(out, composition.supergraphSdl);
  process.stdout.write(`${out} written: switchboard${others.map((other) => `, ${other.name}`).join('')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
