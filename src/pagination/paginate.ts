/**
 * One paginator for every paginated operation, driven by the generated table
 * (`OperationSpec.paginator`), with botocore's PageIterator semantics: --starting-token resumes
 * (skipping what an earlier --max-items already printed), --page-size sets the service limit,
 * --max-items cuts the listing and yields a resume token.
 */
import type { Paginator } from '../model/types.js';
import type { PagedResult } from '../output/call-result.js';
import { isObject, type OutputObject, type OutputValue } from '../output/value.js';
import { ParameterError } from '../errors.js';
import { PythonNumber } from '../python/number.js';
import { pythonRepr } from '../python/repr.js';
import { PaginationError } from './errors.js';
import { decodeToken, encodeToken, type ServiceTokens } from './token.js';

export interface PagingConfig {
  startingToken?: string;
  pageSize?: number;
  maxItems?: number;
}

/** Fetches one page: the request as given, the parsed body as received. */
export type FetchPage = (input: Record<string, unknown>) => Promise<OutputValue>;

/** Told around each page request, and once the listing ends (or fails). */
export interface PageObserver {
  fetching(page: number, itemsSoFar: number): void;
  fetched(): void;
  done(): void;
}

export function paginate(
  paginator: Paginator,
  input: Record<string, unknown>,
  config: PagingConfig,
  fetchPage: FetchPage,
  observer?: PageObserver,
): PagedResult {
  let resumeToken: string | undefined;
  let iterated = false;
  const inputTokens = [paginator.inputToken];
  const outputTokens = [paginator.outputToken];
  const primaryKey = paginator.resultKeys[0];

  async function* pages(): AsyncGenerator<OutputValue> {
    if (iterated) throw new Error('The pages of a paginated call can be read once');
    iterated = true;
    const request = { ...input };
    const start = config.startingToken === undefined ? undefined : decodeToken(config.startingToken, inputTokens);
    if (start && Object.keys(start.tokens).some((name) => !inputTokens.includes(name))) {
      // A token another listing printed (e.g. a NextToken given to list-users) would restart silently.
      throw new ParameterError(`Bad starting token: ${config.startingToken}`);
    }
    let currentToken: ServiceTokens = start ? { ...start.tokens } : Object.fromEntries(inputTokens.map((name) => [name, null]));
    if (start) injectTokens(request, start.tokens);
    if (config.pageSize !== undefined && paginator.limitKey) request[paginator.limitKey] = config.pageSize;

    let previousToken: string | undefined;
    let totalItems = 0;
    let pageCount = 0;
    try {
      while (true) {
        observer?.fetching(pageCount + 1, totalItems);
        // Held only while the page is handed on: a long listing's pages die young.
        let page: OutputObject | undefined = asPage(await fetchPage({ ...request }));
        observer?.fetched();
        pageCount++;
        let skipped = 0;
        if (pageCount === 1 && start) {
          skipped = start.skip;
          skipFirstItems(page, paginator.resultKeys, skipped);
        }
        const count = listAt(page, primaryKey).length;
        const excess = config.maxItems === undefined ? 0 : totalItems + count - config.maxItems;
        if (excess > 0) {
          // Python slicing: a negative end counts from the end, as it does for slice().
          const keep = count - excess;
          page[primaryKey] = listAt(page, primaryKey).slice(0, keep);
          resumeToken = encodeToken(currentToken, keep + skipped);
          yield page;
          return;
        }
        yield page;
        totalItems += count;
        const next = nextTokens(page, outputTokens, inputTokens);
        page = undefined;
        if (Object.values(next).every((value) => value === null)) return;
        if (config.maxItems !== undefined && totalItems === config.maxItems) {
          resumeToken = encodeToken(next);
          return;
        }
        const key = JSON.stringify(next);
        if (key === previousToken) {
          throw new PaginationError(`The same next token was received twice: ${pythonRepr(next)}`);
        }
        previousToken = key;
        injectTokens(request, next);
        currentToken = next;
      }
    } finally {
      observer?.done();
    }
  }

  const result: PagedResult = {
    kind: 'paged',
    resultKeys: paginator.resultKeys,
    pages,
    // The Cognito paginators declare no non-aggregate keys: botocore records nothing here.
    nonAggregatePart: () => ({}),
    resumeToken: () => resumeToken,
    async fullResult() {
      const full: OutputObject = {};
      for await (const page of result.pages()) {
        if (!isObject(page)) continue;
        for (const key of paginator.resultKeys) {
          const value = page[key];
          if (value === undefined || value === null) continue;
          const existing = full[key];
          if (existing === undefined) full[key] = Array.isArray(value) ? [...value] : value;
          else if (Array.isArray(existing) && Array.isArray(value)) existing.push(...value);
        }
      }
      if (resumeToken !== undefined) full.NextToken = resumeToken;
      return full;
    },
  };
  return result;
}

function asPage(value: OutputValue): OutputObject {
  return isObject(value) ? value : {};
}

function listAt(page: OutputObject, key: string): OutputValue[] {
  const value = page[key];
  return Array.isArray(value) ? value : [];
}

/** A resumed listing starts inside its first page; the other result keys were printed already. */
function skipFirstItems(page: OutputObject, resultKeys: string[], skip: number): void {
  const [primary, ...others] = resultKeys;
  const value = page[primary];
  page[primary] = Array.isArray(value) || typeof value === 'string' ? value.slice(skip) : null;
  for (const key of others) {
    const sample = page[key];
    if (Array.isArray(sample)) page[key] = [];
    else if (typeof sample === 'string') page[key] = '';
    else if (sample !== undefined && !(sample instanceof PythonNumber)) page[key] = null;
  }
}

function nextTokens(page: OutputObject, outputTokens: string[], inputTokens: string[]): ServiceTokens {
  const next: ServiceTokens = {};
  outputTokens.forEach((outputName, i) => {
    const value = page[outputName];
    // An empty token means the end, as botocore reads it.
    next[inputTokens[i]] = typeof value === 'string' && value !== '' ? value : null;
  });
  return next;
}

function injectTokens(request: Record<string, unknown>, tokens: ServiceTokens): void {
  for (const [name, value] of Object.entries(tokens)) {
    if (value !== null && value !== 'None') request[name] = value;
    else delete request[name];
  }
}
