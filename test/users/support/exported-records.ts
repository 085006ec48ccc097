/** What export-users yields, page after page, as one list of records. */
export async function exportedRecords<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
