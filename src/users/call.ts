/**
 * How the user modules reach Cognito: one operation by its API name (`ListUsers`) with its request,
 * answering the response body. The caller builds it on its own client (the CLI: `invoke`, which keeps
 * the service's number text), so these modules never create a client.
 */
export type Call = (operation: string, input: Record<string, unknown>, options?: CallOptions) => Promise<Record<string, unknown>>;

export interface CallOptions {
  /**
   * False when none of the answer's numbers is written out (a listing read for its names): the
   * body may then be read by plain JSON.parse, much faster than keeping each number's text.
   */
  keepNumberText?: boolean;
}

/** The error code of a failed call: our ServiceError's `code`, or the SDK's error `name`. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (typeof code === 'string') return code;
  return typeof name === 'string' ? name : undefined;
}

/** The one line that says why a call failed. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
