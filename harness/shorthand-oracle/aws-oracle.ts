/** Drives aws-oracle.py: the installed AWS CLI v1 runs command lines against a recording endpoint. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AwsModel, Case } from './cases.js';

export interface Outcome {
  code: number;
  /** The request bodies sent (none when the command line was refused). */
  bodies: string[];
  stderr: string;
}

export function startAws(): { model: Promise<AwsModel>; run(all: Case[]): Promise<Map<number, Outcome>> } {
  const script = fileURLToPath(new URL('./aws-oracle.py', import.meta.url));
  const child = spawn('python3', [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const outcomes = new Map<number, Outcome>();
  let gotModel: (model: AwsModel) => void;
  const model = new Promise<AwsModel>((resolve) => (gotModel = resolve));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    const result = JSON.parse(line) as (Outcome & { id: number }) | { model: AwsModel };
    if ('model' in result) gotModel(result.model);
    else outcomes.set(result.id, result);
  });
  const closed = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`aws-oracle.py exited with ${code}`))));
  });
  return {
    model,
    async run(all) {
      for (const testCase of all) child.stdin.write(`${JSON.stringify(testCase)}\n`);
      child.stdin.end();
      await closed;
      return outcomes;
    },
  };
}

