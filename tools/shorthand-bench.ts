/**
 * Parse time of large shorthand inputs at 10 KB, 100 KB and 1 MB: linear time shows as a constant
 * time per KB across the sizes.   npx tsx tools/shorthand-bench.ts
 */
import { parseShorthand } from '../src/shorthand/parser.js';

const shapes: Record<string, (size: number) => string> = {
  'one long value': (size) => `a=${'x'.repeat(size)}`,
  'one long quoted value': (size) => `a="${'x\\"'.repeat(size / 3)}"`,
  'comma list': (size) => `a=${Array.from({ length: size / 6 }, (_, i) => `v${i % 9999}`).join(',')}`,
  'explicit list of hashes': (size) => `a=[${Array.from({ length: size / 12 }, (_, i) => `{k=v${i % 99}}`).join(',')}]`,
  'many keys': (size) => Array.from({ length: size / 10 }, (_, i) => `k${i}=v${i % 99}`).join(','),
  'escaped commas': (size) => `a=${'b\\,'.repeat(size / 3)}`,
};

function median(times: number[]): number {
  return [...times].sort((x, y) => x - y)[Math.floor(times.length / 2)];
}

for (const [name, make] of Object.entries(shapes)) {
  const row: string[] = [];
  for (const kb of [10, 100, 1000]) {
    const input = make(kb * 1000);
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = process.hrtime.bigint();
      parseShorthand(input);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const ms = median(times);
    row.push(`${kb} KB: ${ms.toFixed(1)} ms (${((ms * 1000) / kb).toFixed(1)} µs/KB)`);
  }
  console.log(`${name.padEnd(24)} ${row.join('   ')}`);
}
