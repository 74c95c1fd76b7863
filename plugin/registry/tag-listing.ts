// Collects a repository's tags page by page (`Link: <...>; rel="next"`), bounded so a registry
// with a huge or looping listing cannot keep us busy.
import { nextLink } from './link-header.js';
import type { Answered, Exchange } from './registry-exchange.js';
import type { RegistryFailure, TagList } from './types.js';

/** How the listing fetches a page and turns a refusal into a failure. */
export interface TagPager {
  fetchPage(url: URL): Promise<Exchange>;
  failureOf(answer: Answered): RegistryFailure;
}

/** The `tags` of one page; undefined when the body is not a tag list. */
export function readTagPage(body: Buffer): string[] | undefined {
  let doc: { tags?: unknown } | null;
  try {
    doc = JSON.parse(body.toString('utf8')) as { tags?: unknown } | null;
  } catch {
    return undefined;
  }
  // distribution answers `"tags": null` for a repository whose tags were all deleted.
  if (doc?.tags === null) return [];
  return Array.isArray(doc?.tags)
    ? doc.tags.filter((t): t is string => typeof t === 'string')
    : undefined;
}

/** Follows pages from `first` until the last one, or until `maxTags` tags are in hand. */
export async function collectTags(first: URL, maxTags: number, pager: TagPager): Promise<TagList> {
  const tags: string[] = [];
  const visited = new Set<string>();
  for (let url: URL | undefined = first; url && !visited.has(url.href);) {
    visited.add(url.href);
    const page = await pager.fetchPage(url);
    if (!page.ok) return page.failure;
    if (page.res.status < 200 || page.res.status > 299) return pager.failureOf(page);
    const pageTags = readTagPage(page.res.body);
    if (!pageTags) {
      return {
        kind: 'registry-error',
        problem: 'bad-response',
        detail: 'tag list is not {"tags": [...]}',
        evidence: page.evidence,
      };
    }
    tags.push(...pageTags);
    if (tags.length >= maxTags)
      return { kind: 'tags', tags: tags.slice(0, maxTags), truncated: true };
    const next = nextLink(page.res.headers.link, url);
    // Never follow pagination to another host: it would receive our authorization.
    url = next && next.origin === first.origin ? next : undefined;
  }
  return { kind: 'tags', tags, truncated: false };
}
