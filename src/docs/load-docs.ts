/**
 * Reads dist/docs.json (written by the build) the first time help or completion needs it. From
 * the bundle the file sits next to the code; from sources (tests) it is in the project's dist/.
 */
import { readFileSync } from 'node:fs';
import type { DocBlock, DocsFile } from './doc-blocks.js';

const candidates = [new URL('./docs.json', import.meta.url), new URL('../../dist/docs.json', import.meta.url)];

export const MISSING_DOCS_NOTE = 'Documentation text is not built (run `npm run build`); showing syntax only.';

let loaded: DocsFile | null | undefined;

/** The documentation, or null when it was not built. */
export function loadDocs(): DocsFile | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  for (const url of candidates) {
    try {
      loaded = JSON.parse(readFileSync(url, 'utf8')) as DocsFile;
      break;
    } catch {
      // Try the next place; a missing file leaves help with syntax only.
    }
  }
  return loaded;
}

export function memberDoc(docs: DocsFile | null, structure: string, member: string): DocBlock[] {
  return docs?.members[`${structure}.${member}`] ?? [];
}

let byCliName: Map<string, string> | undefined;

/**
 * The one-line summary of an operation by its command name. API names and command names meet
 * when lowercased without dashes: AdminCreateUser and admin-create-user are both admincreateuser.
 */
export function summaryOf(docs: DocsFile | null, command: string): string {
  if (!docs) return '';
  byCliName ??= new Map(Object.entries(docs.summaries).map(([api, summary]) => [api.toLowerCase(), summary]));
  return byCliName.get(command.replace(/-/g, '')) ?? '';
}
