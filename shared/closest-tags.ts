// Suggests existing tags for one that does not exist ("did you mean v1.4.1?"). Version-like tags
// are ranked by how much of the version they share with the wanted one; other tags by edit distance.

interface VersionLike {
  /** numeric components: v1.4.2 -> [1, 4, 2] */
  parts: number[];
  /** anything after the numbers, e.g. `-alpine` or `-rc.1`; `` when none */
  suffix: string;
}

type RankKey = readonly number[];

const VERSION = /^v?(\d+(?:\.\d+){1,3})([-+].*)?$/i;

function parseVersionLike(tag: string): VersionLike | undefined {
  const match = VERSION.exec(tag);
  if (!match?.[1]) return undefined;
  return { parts: match[1].split('.').map(Number), suffix: (match[2] ?? '').toLowerCase() };
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// How many leading components agree, and how far apart the first differing one is.
function versionCloseness(wanted: VersionLike, tag: VersionLike): { shared: number; gap: number } {
  let shared = 0;
  while (shared < wanted.parts.length && wanted.parts[shared] === tag.parts[shared]) shared++;
  const gap = Math.abs((wanted.parts[shared] ?? 0) - (tag.parts[shared] ?? 0));
  return { shared, gap };
}

// Lower keys rank first. Versions come before plain edit-distance matches; among versions the same
// flavour (`-alpine`) beats more shared components, which beat a smaller gap; ties go to the older
// tag, the last one published before the wanted one.
function rankKey(
  wanted: string,
  wantedVersion: VersionLike | undefined,
  tag: string,
): RankKey | undefined {
  const distance = editDistance(wanted.toLowerCase(), tag.toLowerCase());
  const version = wantedVersion && parseVersionLike(tag);
  if (wantedVersion && version) {
    const { shared, gap } = versionCloseness(wantedVersion, version);
    const flavourDiffers = version.suffix === wantedVersion.suffix ? 0 : 1;
    const older = (version.parts[shared] ?? 0) <= (wantedVersion.parts[shared] ?? 0) ? 0 : 1;
    return [0, flavourDiffers, -shared, gap, older, distance];
  }
  // A plain tag is only worth suggesting when it is plausibly a typo of the wanted one.
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  return distance <= tolerance ? [1, distance] : undefined;
}

function compareKeys(a: RankKey, b: RankKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Up to `n` existing tags closest to `wanted`, best first; never `wanted` itself. */
export function closestTags(wanted: string, tags: readonly string[], n = 3): string[] {
  const wantedVersion = parseVersionLike(wanted);
  const ranked = [...new Set(tags)]
    .filter((tag) => tag !== wanted)
    .flatMap((tag) => {
      const key = rankKey(wanted, wantedVersion, tag);
      return key ? [{ tag, key }] : [];
    });
  ranked.sort((a, b) => compareKeys(a.key, b.key) || a.tag.localeCompare(b.tag));
  return ranked.slice(0, Math.max(0, n)).map((r) => r.tag);
}
