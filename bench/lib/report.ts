import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** Where every part writes its JSON (committed with the chart). */
export const RESULTS_DIR = new URL('../results/', import.meta.url);

export interface Machine {
  cores: number;
  cpu: string;
  ramGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the part finished: other work on the machine skews the figures. */
  loadAverage: number;
}

/** The machine the figures come from: nproc, the CPU model, RAM, Node and the kernel. */
export function machine(): Machine {
  const nproc = (() => {
    try {
      return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
    } catch {
      return cpus().length;
    }
  })();
  return {
    cores: nproc,
    cpu: cpus()[0]?.model ?? 'unknown',
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim()}`,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

/** Prints rows as an aligned plain-text table (first row: the header). */
export function printTable(title: string, rows: Array<Array<string | number>>): void {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  process.stdout.write(`\n${title}\n`);
  cells.forEach((row, index) => {
    process.stdout.write(`${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}\n`);
    if (index === 0) process.stdout.write(`${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  });
}

/** Writes bench/results/<part>.json: the figures with the command, machine, date and dataset. */
export function writeResult(part: string, body: { command: string; dataset: unknown; [key: string]: unknown }): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = new URL(`${part}.json`, RESULTS_DIR);
  const document = { part, date: new Date().toISOString(), machine: machine(), ...body };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file.pathname;
}

/** The p-th percentile (0–100) of an ascending array; NaN when empty. Nearest-rank. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Rounds for display: 3 significant figures under 100, whole numbers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
