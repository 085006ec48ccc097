import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Io } from '../../src/io.js';
import { main } from '../../src/cli/main.js';
import { shouldPage, writePage } from '../../src/help/pager.js';

function terminal(env: Record<string, string>, rows = 5): Io & { written: string } {
  const io = {
    written: '',
    stdout: { isTTY: true, rows, columns: 80, write: (chunk: string) => (io.written += chunk) },
    stderr: { write: () => true },
    env,
  };
  return io;
}

const longPage = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n') + '\n';

test('a long page on a terminal goes through $PAGER', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-idp-pager-'));
  try {
    const file = join(dir, 'paged.txt');
    const io = terminal({ PATH: process.env.PATH!, PAGER: `cat > '${file}'` });
    await writePage(longPage, io);
    assert.equal(readFileSync(file, 'utf8'), longPage);
    assert.equal(io.written, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('never paged in a pipe, for a short page, or with PAGER empty', () => {
  const pipe = { ...terminal({ PAGER: 'less' }), stdout: { write: () => true } };
  assert.equal(shouldPage(longPage, pipe), false);
  assert.equal(shouldPage('short\n', terminal({ PAGER: 'less' })), false);
  assert.equal(shouldPage(longPage, terminal({ PAGER: '' })), false);
  assert.equal(shouldPage(longPage, terminal({ PAGER: 'less' })), true);
});

test('a pager that cannot start leaves the page on stdout', async () => {
  const io = terminal({ PATH: process.env.PATH!, PAGER: 'no-such-pager-here' });
  await writePage(longPage, io);
  assert.equal(io.written, longPage);
});

test('help is styled on a terminal as output is coloured: not with NO_COLOR set, with it empty', async () => {
  const help = async (env: Record<string, string>) => {
    const io = terminal({ PAGER: '', ...env }, 10_000);
    assert.equal(await main(['admin-get-user', 'help'], io), 0);
    return io.written;
  };
  assert.match(await help({}), /\x1b\[/);
  assert.match(await help({ NO_COLOR: '' }), /\x1b\[/);
  assert.equal((await help({ NO_COLOR: '1' })).includes('\x1b['), false);
});
