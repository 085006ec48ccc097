import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToBlocks, summary } from '../../src/generator/doc-html.js';
import { loadCommand } from '../../src/commands/index.js';
import { stripMarkers } from '../../src/docs/doc-blocks.js';
import { MISSING_DOCS_NOTE } from '../../src/docs/load-docs.js';
import { operationPage } from '../../src/help/operation-page.js';
import { overviewPage } from '../../src/help/overview-page.js';
import { Page } from '../../src/help/page.js';

const plain = (html: string) => htmlToBlocks(html).map((b) => ({ ...b, t: stripMarkers(b.t) }));

test('paragraphs, lists and notes become blocks with depth and bullets', () => {
  assert.deepEqual(plain('<p>One\n   two.</p><ul><li><p>A</p></li><li>B</li></ul><note><p>Careful.</p></note>'), [
    { d: 0, t: 'One two.' },
    { d: 1, b: 1, t: 'A' },
    { d: 1, b: 1, t: 'B' },
    { d: 0, t: 'Note:' },
    { d: 1, t: 'Careful.' },
  ]);
});

test('links keep their text and address; entities and escapes are decoded', () => {
  assert.deepEqual(plain('<p>See <a href="https://x.example/a">the guide</a>, &lt;b&gt; &amp; \\{####\\}.</p>'), [
    { d: 0, t: 'See the guide (https://x.example/a), <b> & {####}.' },
  ]);
});

test('code is bold and italics underlined, with words kept whole', () => {
  const [block] = htmlToBlocks('<p>Set <code>MessageAction</code> to <i>RESEND</i>.</p>');
  assert.equal(block.t, 'Set \u0001MessageAction\u0002 to \u0003RESEND\u0004.');
});

test('text that only looks like a tag stays', () => {
  assert.equal(plain('<p>Record<string, string> and <keys></p>')[0].t, 'Record<string, string> and <keys>');
});

test('the summary is the first sentence', () => {
  assert.equal(summary(htmlToBlocks('<p>Creates a user. Then more.</p><p>Other.</p>')), 'Creates a user.');
  assert.equal(summary([]), '');
});

test('a page wraps to the width with hanging bullets', () => {
  const page = new Page(30, false);
  page.blocks([{ d: 1, b: 1, t: 'one two three four five six seven eight' }], 4);
  assert.equal(page.toString(), '    * one two three four five\n      six seven eight\n');
});

test('on a terminal, bold and underline are escapes closed at each line end', () => {
  const page = new Page(24, true);
  page.text('a \u0001bold words that wrap around\u0002 end', 0);
  const lines = page.toString().trimEnd().split('\n');
  assert.ok(lines.length > 1);
  assert.ok(lines[0].includes('\x1b[1m') && lines[0].endsWith('\x1b[0m'));
  assert.ok(lines[1].startsWith('\x1b[1m'));
  assert.match(lines.at(-1)!, /\x1b\[22m end$/);
});

test('without built documentation, pages say so in one line and still list every parameter', async () => {
  const spec = (await loadCommand('admin-create-user'))!;
  const text = operationPage(spec, null, new Page(80, false));
  assert.equal(text.split(MISSING_DOCS_NOTE).length, 2);
  for (const param of spec.parameters) assert.ok(text.includes(`--${param.name}`), param.name);
  assert.match(overviewPage(null, [], new Page(80, false), '1.0.0'), /admin-create-user\n/);
});
