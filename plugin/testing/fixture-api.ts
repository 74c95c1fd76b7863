/**
 * A stand-in for the API server in command tests: an ApiConnection that answers GETs from a list
 * of hand-written objects (not a live server, not a recording). It understands the paths and the
 * label and field selectors the plugin uses, and counts what it was asked, so tests can assert
 * that a command reads only what it needs.
 */
import type { ApiConnection } from '../kube/connect.js';
import { ApiStatusError } from '../kube/api-status-error.js';
import type { Query } from '../kube/rest-client.js';

/** An object the fixture API serves: its plural resource name and the object as the API sends it. */
export interface FixtureObject {
  readonly resource: string;
  readonly object: {
    readonly metadata?: {
      readonly name?: string;
      readonly namespace?: string;
      readonly labels?: Readonly<Record<string, string>>;
    } & Record<string, unknown>;
  } & Record<string, unknown>;
}

/** One request the fixture API answered. */
export interface FixtureRequest {
  readonly path: string;
  readonly query: Query;
}

/** The connection plus what it was asked. */
export interface FixtureApi extends ApiConnection {
  readonly requests: FixtureRequest[];
}

const PATH = /^\/(?:api\/v1|apis\/[^/]+\/v1)(?:\/namespaces\/([^/]+))?\/([a-z]+)(?:\/([^/]+))?$/;

/** An ApiConnection answering from `objects` (API answers from hand-written fixtures). */
export function fixtureApi(objects: readonly FixtureObject[], namespace = 'shop'): FixtureApi {
  const requests: FixtureRequest[] = [];
  const answer = (path: string, query: Query): unknown => {
    requests.push({ path, query });
    const m = PATH.exec(path);
    if (!m) throw notFound(path);
    const [, ns, resource, name] = m;
    // `/api/v1/namespaces/NS` itself: known when some object lives there.
    if (resource === 'namespaces') {
      const known =
        name === namespace || objects.some((o) => o.object.metadata?.namespace === name);
      if (!known) throw notFound(path);
      return { metadata: { name } };
    }
    const inScope = objects.filter(
      (o) =>
        o.resource === resource &&
        (!ns || o.object.metadata?.namespace === ns || resource === 'nodes'),
    );
    if (name !== undefined) {
      const found = inScope.find((o) => o.object.metadata?.name === decodeURIComponent(name));
      if (!found) throw notFound(path);
      return found.object;
    }
    const items = inScope
      .map((o) => o.object)
      .filter((o) => matchesLabels(o.metadata?.labels ?? {}, query['labelSelector']))
      .filter((o) => matchesFields(o, query['fieldSelector']));
    const limit = typeof query['limit'] === 'number' ? query['limit'] : items.length;
    const start = Number(query['continue'] ?? 0);
    const page = items.slice(start, start + limit);
    const more = start + limit < items.length;
    return { items: page, metadata: more ? { continue: String(start + limit) } : {} };
  };
  return {
    namespace,
    server: 'https://fixture.invalid',
    context: 'fixture',
    call: (_what, request) => request(),
    get: <T>(_what: string, path: string, query: Query = {}) =>
      Promise.resolve().then(() => answer(path, query) as T),
    // Fixtures hold API objects only: a text path (a node's logs) is not found.
    getText: (_what: string, path: string, query: Query = {}) =>
      Promise.resolve().then(() => ({
        text: JSON.stringify(answer(path, query)),
        contentType: 'application/json',
      })),
    requests,
  };
}

function notFound(path: string): ApiStatusError {
  return new ApiStatusError(
    404,
    JSON.stringify({ kind: 'Status', code: 404, message: `${path} not found` }),
    path,
  );
}

/** `a=b,c=d` selectors; set-based terms (`x in (...)`) are not used by the fixtures and pass. */
function matchesLabels(labels: Readonly<Record<string, string>>, selector: unknown): boolean {
  if (typeof selector !== 'string' || selector === '') return true;
  return selector
    .split(',')
    .filter((term) => /^[^=!() ]+=[^=]*$/.test(term))
    .every((term) => {
      const [k, v] = term.split('=') as [string, string];
      return labels[k] === v;
    });
}

function matchesFields(object: Record<string, unknown>, selector: unknown): boolean {
  if (typeof selector !== 'string' || selector === '') return true;
  return selector.split(',').every((term) => {
    const [path, wanted] = term.split('=') as [string, string];
    const value = path
      .split('.')
      .reduce<unknown>(
        (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
        object,
      );
    return String(value ?? '') === wanted;
  });
}
