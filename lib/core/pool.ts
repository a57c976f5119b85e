/**
 * Run `work` over `items` with at most `limit` at a time. Each call gets the index of the worker
 * running it (0 … limit-1), so a worker can own a resource (its Trivy cache directory) for its
 * whole life. Results keep the input order; one item's failure does not stop the others.
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, worker: number, index: number) => Promise<R>
): Promise<Array<PromiseSettledResult<R>>> {
  const results: Array<PromiseSettledResult<R>> = new Array(items.length)
  let next = 0
  const worker = async (id: number) => {
    for (let index = next++; index < items.length; index = next++) {
      try {
        results[index] = { status: 'fulfilled', value: await work(items[index], id, index) }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }
  const workers = Math.max(1, Math.min(limit, items.length))
  await Promise.all(Array.from({ length: workers }, (_, id) => worker(id)))
  return results
}
