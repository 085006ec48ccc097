/**
 * The table's drawing: characters awscli counts as two columns (or one) pad to its widths, and a
 * long section keeps its rows in order with no lines between them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable } from '../../src/output/table.js';
import { textWidth } from '../../src/output/text-width.js';
import { parseRawJson } from '../../src/output/value.js';
import { format, single } from './support/in-memory.js';

// Ambiguous (two columns for awscli), controls (one), combining marks, emoji sequences, private
// use, wide and astral characters.
const awkward = [
  'Diego Ramírez', 'ç ß ø Ω д', 'e\u0301', 'a\nb', 'tab\there', 'esc\x1b[31mred', 'nel\x85', '😀 smile',
  '👨\u200d👩\u200d👧', '1\ufe0f\u20e3', '🇪🇸', '\ue000pua', '管理者', 'ＡＢ', '©®™', '\u{20000}\u{f0000}\uf8ff', 'plain',
];

test('every line of a table of awkward values is as wide as its opening line', async () => {
  const users = awkward.filter((text) => !text.includes('\n')).map((text, i) => ({ Username: text, Id: i, Attributes: [{ Name: text, Value: 'v' }] }));
  const drawn = await format(formatTable, single(parseRawJson(JSON.stringify({ Users: users }))), { width: 200 });
  const lines = drawn.split('\n').slice(0, -1);
  assert.ok(lines.length > 3 * users.length);
  for (const line of lines) assert.equal(textWidth(line), lines[0].length, JSON.stringify(line));
});

test('a long section has its rows in order with no lines between them', async () => {
  const groups = Array.from({ length: 75 }, (_, i) => ({ GroupName: `group-${i}`, Precedence: i }));
  const drawn = await format(formatTable, single(parseRawJson(JSON.stringify({ Groups: groups }))), { width: 200 });
  const lines = drawn.split('\n').slice(0, -1);
  const border = lines[4];
  assert.match(border, /^\|\+-+\+-+\+\|$/);
  assert.match(lines[5], /^\|\| +GroupName +\| +Precedence +\|\|$/);
  assert.equal(lines[6], border);
  const rows = lines.slice(7, -1);
  assert.equal(rows.length, groups.length);
  rows.forEach((row, i) => assert.match(row, new RegExp(`^\\|\\|  group-${i} +\\|  ${i} +\\|\\|$`)));
  assert.equal(lines.at(-1), border);
});
