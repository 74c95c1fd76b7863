/** `npm run cluster:up` / `npm run cluster:down` for humans. */
import { startCluster, stopCluster } from './cluster.js';
import { findLeftovers } from './leftovers.js';

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
  process.stderr.write('usage: tsx test/cluster/cli.ts up|down|check-clean\n');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
