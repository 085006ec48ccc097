import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;

test(
  'src/generator/model-facts.ts equals a fresh recording from the installed botocore model',
  { skip: hasBotocore ? false : 'botocore (the AWS CLI v1) is not installed: nothing to record from' },
  () => {
    const fresh = spawnSync('python3', ['tools/record-model-facts.py', '--stdout'], { encoding: 'utf8' });
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.equal(fresh.stdout, readFileSync('src/generator/model-facts.ts', 'utf8'), 'run python3 tools/record-model-facts.py');
  },
);
