/** --request-timeout for one API call, with kubectl's meaning of 0 (no timeout). */
import { ClusterAccessError } from '../errors.js';

/** Runs `request`, failing with a one-line ClusterAccessError once `ms` have passed. */
export async function withTimeout<T>(
  what: string,
  request: () => Promise<T>,
  ms: number,
): Promise<T> {
  if (ms <= 0) return request();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ClusterAccessError(
            `timed out after ${ms / 1000}s waiting for the API server to ${what}`,
            {
              hint: 'raise --request-timeout, or check that the cluster is reachable',
            },
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([request(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
