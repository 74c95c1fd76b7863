/** `npm run cluster:up` / `npm run cluster:down` for humans. */
import { startCluster, stopCluster } from './cluster.js';
import { writeFile } from 'node:fs/promises';
import { findLeftovers } from './leftovers.js';
import { MATRIX_FILE } from './layout.js';
import { readObservations, renderMatrix } from './runtime-matrix.js';
import { renderClusterCorpus } from './cluster-corpus.js';

async function main(verb: string | undefined): Promise<number> {
  if (verb === 'up') {
    const info = await startCluster((line) => process.stderr.write(line + '\n'));
    process.stdout.write(`${info.kubeconfig}\n`);
    process.stderr.write(
      `cluster is up: export KUBECONFIG=${info.kubeconfig}; stop it with npm run cluster:down\n`,
    );
    return 0;
  }
  if (verb === 'down') {
    await stopCluster();
    const left = await findLeftovers();
    if (left.length > 0) {
      process.stderr.write(`error: the cluster left things behind:\n  ${left.join('\n  ')}\n`);
      return 1;
    }
    process.stderr.write('cluster is down\n');
    return 0;
  }
  if (verb === 'check-clean') {
    const left = await findLeftovers();
    for (const line of left) process.stderr.write(`leftover: ${line}\n`);
    return left.length > 0 ? 1 : 0;
  }
  if (verb === 'matrix') {
    const observations = await readObservations(MATRIX_FILE);
    if (observations.length === 0) {
      process.stderr.write(`error: ${MATRIX_FILE} holds no observations: run the e2e tier first\n`);
      return 1;
    }
    const out = new URL('./runtime-matrix.md', import.meta.url);
    await writeFile(out, renderMatrix(observations));
    process.stderr.write(`wrote ${out.pathname} (${observations.length} observations)\n`);
    return 0;
  }
  if (verb === 'corpus') {
    const observations = await readObservations(MATRIX_FILE);
    if (observations.length === 0) {
      process.stderr.write(`error: ${MATRIX_FILE} holds no observations: run the e2e tier first\n`);
      return 1;
    }
    const out = new URL('../../shared/testdata/messages-cluster.ts', import.meta.url);
    await writeFile(out, renderClusterCorpus(observations));
    process.stderr.write(`wrote ${out.pathname}\n`);
    return 0;
  }
  process.stderr.write('usage: tsx test/cluster/cli.ts up|down|check-clean|matrix|corpus\n');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
