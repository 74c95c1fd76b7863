// The one error type transports throw, so the client can name the failing step without parsing
// messages. It carries only host:port, never URLs with userinfo or headers.

/** Where in the exchange a transport failure happened. */
export type TransportPhase = 'connect' | 'proxy' | 'tls' | 'response';

/** A failed HTTP exchange: node's error code, the step, and the host:port involved. */
export class TransportError extends Error {
  /** the proxy's HTTP status when CONNECT was refused */
  readonly status: number | undefined;

  constructor(
    message: string,
    readonly code: string,
    readonly phase: TransportPhase,
    /** host:port of the peer we were talking to (the proxy, during the proxy phase) */
    readonly target: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransportError';
    this.status = options?.status;
  }
}

/** Code the transport uses when a body exceeds its cap. */
export const RESPONSE_TOO_LARGE = 'ERR_RESPONSE_TOO_LARGE';

/** Node's error code of an unknown thrown value, if it has one. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A message for an unknown thrown value. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
