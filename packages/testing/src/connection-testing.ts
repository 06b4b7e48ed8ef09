/** Test helper: reads a Relay connection page by page, as a client pages through it. */

export interface ConnectionPage<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every item of a connection, fetched `pageSize` at a time by following `endCursor`, with the
 * totalCount each page reported (they must agree) and the number of pages read.
 */
export async function readAllPages<T>(
  fetchPage: (first: number, after: string | null) => Promise<ConnectionPage<T>>,
  pageSize: number,
): Promise<{ nodes: T[]; totalCounts: number[]; pages: number }> {
  const nodes: T[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const page = await fetchPage(pageSize, after);
    nodes.push(...page.nodes);
    totalCounts.push(page.totalCount);
    if (!page.pageInfo.hasNextPage || pages > 1000) return { nodes, totalCounts, pages };
    after = page.pageInfo.endCursor;
  }
}
