/** --output off: the call is made (and its errors reported) but nothing is printed. */
import type { Formatter } from './formatter.js';

export const formatOff: Formatter = async (job) => {
  if (job.result.kind === 'paged') for await (const _page of job.result.pages());
};
