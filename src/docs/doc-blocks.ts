/** The form of the documentation text that the build extracts and the help pages print. */

/** One paragraph: its nesting depth, whether it starts a list item, and its text. */
export interface DocBlock {
  /** Nesting depth: 0 for top-level paragraphs, +1 inside each list, note or definition. */
  d: number;
  /** Set on the first paragraph of a list item: rendered with a bullet. */
  b?: 1;
  t: string;
}

/** Marker characters inside DocBlock text: bold (code, <b>) and underline (<i>, link text). */
export const BOLD_ON = '\u0001';
export const BOLD_OFF = '\u0002';
export const UNDERLINE_ON = '\u0003';
export const UNDERLINE_OFF = '\u0004';

export function stripMarkers(text: string): string {
  return text.replace(/[\u0001-\u0004]/g, '');
}

/** dist/docs.json, written by the build from the installed SDK. */
export interface DocsFile {
  sdkVersion: string;
  /** API operation name -> its description. */
  operations: Record<string, DocBlock[]>;
  /** API operation name -> the first sentence of its description. */
  summaries: Record<string, string>;
  /** `Interface.Member` -> the member's description. */
  members: Record<string, DocBlock[]>;
  /** Structure name -> its description. */
  shapes: Record<string, DocBlock[]>;
}
