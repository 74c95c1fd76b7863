/** The API server's non-2xx answer, shaped as api-errors.ts reads it. */

/** A non-2xx answer; `code` and `body` are what api-errors.ts reads, as from client-node. */
export class ApiStatusError extends Error {
  constructor(
    readonly code: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what}: HTTP ${code}`);
    this.name = 'ApiStatusError';
  }
}
