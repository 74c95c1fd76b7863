// Gives every HTTP exchange its own deadline on top of the caller's signal, so a slow registry
// fails fast while a long tag listing (many exchanges) is not cut short as a whole.
import type { HttpRequest, HttpResponse, HttpTransport } from './types.js';

/** Wraps a transport so each request is aborted after `timeoutMs`. */
export class DeadlineTransport implements HttpTransport {
  constructor(
    private readonly inner: HttpTransport,
    private readonly timeoutMs: number,
  ) {}

  /** Sends `req` with the deadline added to its signal. */
  request(req: HttpRequest): Promise<HttpResponse> {
    const signal = AbortSignal.any([req.signal, AbortSignal.timeout(this.timeoutMs)]);
    return this.inner.request({ ...req, signal });
  }
}
