/**
 * The table's drawing with cli-table3: characters string-width measures unlike awscli reach
 * cli-table3 as stand-ins it measures as awscli does, and long sections drawn as several
 * cli-table3 tables join without lines between their rows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Table from 'cli-table3';
import { formatTable } from '../../src/output/table.js';
import { StandIns } from '../../src/output/table-stand-ins.js';
import { textWidth } from '../../src/output/text-width.js';
import { parseRawJson } from '../../src/output/value.js';
import { format, single } from './support/in-memory.js';

// Ambiguous (two columns for awscli), controls (one), combining marks, emoji sequences, private
// use, wide and astral characters, and characters from the stand-ins' own ranges.
const awkward = [
  'Diego Ramírez', 'ç ß ø Ω д', 'e\u0301', 'a\nb', 'tab\there', 'esc\x1b[31mred', 'nel\x85', '😀 smile',
  '👨\u200d👩\u200d👧', '1\ufe0f\u20e3', '🇪🇸', '\ue000pua', '管理者', 'ＡＢ', '©®™', '\u{20000}\u{f0000}\uf8ff', 'plain',
];

test('stand-ins round-trip, and an encoded text is as long as awscli measures it wide', () => {
  const standIns = new StandIns();
  for (const text of awkward) {
    const encoded = standIns.encode(text);
    assert.match(encoded, /^[\x20-\x7e\u{e000}-\u{f8ff}\u{20000}-\u{2fffd}]*$/u, JSON.stringify(text));
    assert.equal(encoded.length, textWidth(text), JSON.stringify(text));
    assert.equal(standIns.decode(encoded), text);
  }
  assert.equal(standIns.encode('Ramírez'), standIns.encode('Ramírez'), 'one stand-in per character');
});

test('cli-table3 pads encoded text to the width awscli measures', () => {
  const standIns = new StandIns();
  for (const text of awkward) {
    const width = textWidth(text) + 3;
    const table = new Table({
      colWidths: [width],
      wordWrap: false,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
      chars: { top: '', 'top-left': '', 'top-mid': '', 'top-right': '', bottom: '', 'bottom-left': '', 'bottom-mid': '', 'bottom-right': '' },
    });
    table.push([standIns.encode(text)]);
    assert.equal(standIns.decode(table.toString()), `│${text}   │`, JSON.stringify(text));
  }
});

test('every line of a table of awkward values is as wide as its opening line', async () => {
  const users = awkward.filter((text) => !text.includes('\n')).map((text, i) => ({ Username: text, Id: i, Attributes: [{ Name: text, Value: 'v' }] }));
  const drawn = await format(formatTable, single(parseRawJson(JSON.stringify({ Users: users }))), { width: 200 });
  const lines = drawn.split('\n').slice(0, -1);
  assert.ok(lines.length > 3 * users.length);
  for (const line of lines) assert.equal(textWidth(line), lines[0].length, JSON.stringify(line));
});

test('a section longer than one cli-table3 table has its rows in order with no lines between them', async () => {
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
