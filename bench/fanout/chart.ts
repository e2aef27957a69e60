import { writeFileSync } from 'node:fs';
import { RESULTS_DIR } from '../lib/report.js';

/**
 * The fan-out chart: publish→receipt latency (p50 solid, p99 dashed) against published events per
 * second, one colour per server and subscriber count, log–log. Plain SVG written by hand: no chart library.
 */

interface Point {
  target: string;
  subscribers: number;
  rate: number;
  p50: number;
  p99: number;
}

const WIDTH = 760;
const HEIGHT = 460;
const MARGIN = { left: 70, right: 230, top: 40, bottom: 56 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

export function writeFanoutChart(points: Point[], name = 'fanout-latency.svg'): string {
  const file = new URL(name, RESULTS_DIR);
  writeFileSync(file, fanoutChartSvg(points));
  return file.pathname;
}

export function fanoutChartSvg(points: Point[]): string {
  const valid = points.filter((point) => point.p50 > 0 && Number.isFinite(point.p99));
  const rates = valid.map((point) => point.rate);
  const latencies = valid.flatMap((point) => [point.p50, point.p99]);
  const x = logScale(Math.min(...rates, 1), Math.max(...rates, 2), MARGIN.left, WIDTH - MARGIN.right);
  const y = logScale(Math.max(0.5, Math.min(...latencies, 1)), Math.max(...latencies, 10), HEIGHT - MARGIN.bottom, MARGIN.top);
  const series = [...new Set(valid.map((point) => `${point.target}|${point.subscribers}`))];
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`);
  parts.push(`<text x="${MARGIN.left}" y="22" font-size="15" font-weight="bold">Subscription fan-out: publish → receipt latency</text>`);
  // Axes with decade ticks (1, 2, 5 × 10^n).
  for (const tick of ticks(x.min, x.max)) {
    const px = x.at(tick);
    parts.push(`<line x1="${px}" y1="${MARGIN.top}" x2="${px}" y2="${HEIGHT - MARGIN.bottom}" stroke="#eee"/>`);
    parts.push(`<text x="${px}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${tick}</text>`);
  }
  for (const tick of ticks(y.min, y.max)) {
    const py = y.at(tick);
    parts.push(`<line x1="${MARGIN.left}" y1="${py}" x2="${WIDTH - MARGIN.right}" y2="${py}" stroke="#eee"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${py + 4}" text-anchor="end">${tick}</text>`);
  }
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${WIDTH - MARGIN.left - MARGIN.right}" height="${HEIGHT - MARGIN.top - MARGIN.bottom}" fill="none" stroke="#444"/>`);
  parts.push(`<text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 14}" text-anchor="middle">events published per second (log)</text>`);
  parts.push(`<text transform="translate(18 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)" text-anchor="middle">latency, ms (log)</text>`);
  series.forEach((key, index) => {
    const [target, subscribers] = key.split('|');
    const colour = COLOURS[index % COLOURS.length];
    const line = valid.filter((point) => `${point.target}|${point.subscribers}` === key).sort((a, b) => a.rate - b.rate);
    for (const [field, dash] of [['p50', ''], ['p99', ' stroke-dasharray="6 4"']] as const) {
      const path = line.map((point, i) => `${i === 0 ? 'M' : 'L'}${x.at(point.rate).toFixed(1)},${y.at(point[field]).toFixed(1)}`).join(' ');
      parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`);
      for (const point of line) parts.push(`<circle cx="${x.at(point.rate).toFixed(1)}" cy="${y.at(point[field]).toFixed(1)}" r="3" fill="${colour}"/>`);
    }
    const ly = MARGIN.top + 10 + index * 36;
    const lx = WIDTH - MARGIN.right + 16;
    parts.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`);
    parts.push(`<line x1="${lx}" y1="${ly + 14}" x2="${lx + 24}" y2="${ly + 14}" stroke="${colour}" stroke-width="2" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${lx + 30}" y="${ly + 4}">${escape(target)}, ${Number(subscribers).toLocaleString('en-US')} subs p50</text>`);
    parts.push(`<text x="${lx + 30}" y="${ly + 18}">p99</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function logScale(min: number, max: number, from: number, to: number) {
  const lo = Math.log10(min);
  const hi = Math.log10(max === min ? min * 10 : max);
  return { min, max, at: (value: number) => from + ((Math.log10(value) - lo) / (hi - lo)) * (to - from) };
}

function ticks(min: number, max: number): number[] {
  const result: number[] = [];
  for (let decade = Math.floor(Math.log10(min)); decade <= Math.ceil(Math.log10(max)); decade++) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** decade;
      if (value >= min * 0.999 && value <= max * 1.001) result.push(Number(value.toPrecision(3)));
    }
  }
  return result;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
