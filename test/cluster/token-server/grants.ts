// Decides what a token grants: the requested scopes, narrowed to what the account may do.
// Anonymous callers get a token with no access at all, so the registry answers 401.
import type { AccessEntry } from './jwt.js';
import type { TokenUser } from './config.js';

/** A parsed `scope` parameter: `repository:kip/app:pull,push`. */
export interface RequestedScope {
  type: string;
  name: string;
  actions: string[];
}

/** Parses one scope; undefined when it is not `type:name:actions`. */
export function parseScope(scope: string): RequestedScope | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last <= first + 1) return undefined;
  const actions = scope
    .slice(last + 1)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions };
}

function matchesPattern(pattern: string, name: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(name);
}

/** The access entries `user` (undefined: anonymous) gets for the requested scopes. */
export function grantAccess(
  user: TokenUser | undefined,
  scopes: readonly RequestedScope[],
): AccessEntry[] {
  if (!user) return [];
  const allowed = new Set(user.actions ?? ['pull']);
  return scopes.flatMap((scope) => {
    if (scope.type !== 'repository') return [];
    if (!user.repositories.some((pattern) => matchesPattern(pattern, scope.name))) return [];
    const actions = scope.actions.filter((a) => allowed.has(a));
    return actions.length > 0 ? [{ type: scope.type, name: scope.name, actions }] : [];
  });
}
