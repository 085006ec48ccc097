/**
 * Turns the SDK's documentation HTML into blocks of plain text that the help pages wrap to the
 * terminal's width at run time. Inline emphasis survives as marker characters (see DocBlock).
 */

import { BOLD_OFF, BOLD_ON, UNDERLINE_OFF, UNDERLINE_ON, stripMarkers, type DocBlock } from '../docs/doc-blocks.js';

const knownTags = new Set([
  'p', 'code', 'a', 'li', 'ul', 'ol', 'note', 'important', 'dl', 'dt', 'dd', 'b', 'i', 'br', 'div', 'pre',
  'strong', 'em', 'h1', 'h2', 'h3', 'h4', 'span', 'fullname', 'title',
]);
const containerTags = new Set(['ul', 'ol', 'note', 'important', 'dd']);
const blockTags = new Set(['p', 'li', 'dt', 'dd', 'ul', 'ol', 'note', 'important', 'dl', 'br', 'div', 'pre', 'h1', 'h2', 'h3', 'h4', 'title', 'fullname']);
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*(\/?)>/g;

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToBlocks(html: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let depth = 0;
  let text = '';
  let bulletPending = false;
  let linkHref: string | undefined;

  const flush = () => {
    const clean = normalizeSpace(text);
    text = '';
    if (!visible(clean)) return;
    const block: DocBlock = { d: depth, t: clean };
    if (bulletPending) block.b = 1;
    bulletPending = false;
    blocks.push(block);
  };

  let last = 0;
  for (const match of html.matchAll(tagPattern)) {
    const [whole, closing, rawName, attributes, selfClosing] = match;
    const name = rawName.toLowerCase();
    if (!knownTags.has(name)) continue;
    text += decode(html.slice(last, match.index));
    last = match.index + whole.length;
    if (blockTags.has(name)) flush();
    if (closing) {
      if (containerTags.has(name)) depth = Math.max(0, depth - 1);
      if (name === 'code' || name === 'b' || name === 'strong') text += BOLD_OFF;
      if (name === 'i' || name === 'em') text += UNDERLINE_OFF;
      if (name === 'a') {
        text += UNDERLINE_OFF;
        if (linkHref && !text.includes(linkHref)) text += ` (${linkHref})`;
        linkHref = undefined;
      }
      continue;
    }
    if (selfClosing) continue;
    switch (name) {
      case 'note':
      case 'important':
        text = `${BOLD_ON}${name === 'note' ? 'Note' : 'Important'}:${BOLD_OFF}`;
        flush();
        depth++;
        break;
      case 'ul':
      case 'ol':
      case 'dd':
        depth++;
        break;
      case 'li':
        bulletPending = true;
        break;
      case 'code':
      case 'b':
      case 'strong':
        text += BOLD_ON;
        break;
      case 'i':
      case 'em':
        text += UNDERLINE_ON;
        break;
      case 'a':
        linkHref = /href="([^"]*)"/.exec(attributes)?.[1];
        text += UNDERLINE_ON;
        break;
    }
  }
  text += decode(html.slice(last));
  flush();
  return blocks;
}

/** The first sentence of the first paragraph, without markers: the one-line summary. */
export function summary(blocks: DocBlock[]): string {
  const first = blocks.length ? stripMarkers(blocks[0].t) : '';
  const end = /[.!?](\s|$)/.exec(first);
  return end ? first.slice(0, end.index + 1) : first;
}

function decode(text: string): string {
  return text
    .replace(/\{@link ([^}|\s]+)[^}]*\}/g, '$1')
    .replace(/\\([{}@])/g, '$1')
    .replace(/&(#?\w+);/g, (whole, name: string) =>
      entities[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole),
    );
}

/** Collapses whitespace, moving spaces outside markers so words stay whole. */
function normalizeSpace(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\u0001\u0003]) +/g, ' $1')
    .replace(/ +([\u0002\u0004])/g, '$1 ')
    .replace(/ {2,}/g, ' ')
    .replace(/[\u0001\u0003][\u0002\u0004]/g, '')
    .replace(/([\u0002\u0004)]) ([,.;:])(?= |$)/g, '$1$2')
    .trim();
}

function visible(text: string): boolean {
  return stripMarkers(text).trim().length > 0;
}
