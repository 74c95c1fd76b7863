// Follows the tag list's pagination: distribution answers `Link: </v2/x/tags/list?n=100&last=y>; rel="next"`.

/** The `rel="next"` URL of a Link header, resolved against `base`; undefined if there is none. */
export function nextLink(header: string | undefined, base: URL): URL | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (
      !match?.[1] ||
      !/;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2] ?? '')
    ) {
      continue;
    }
    try {
      return new URL(match[1], base);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
