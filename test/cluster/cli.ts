/** `npm run cluster:up` / `npm run cluster:down` for humans. */
import { startCluster, stopCluster } from './cluster.js';

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
    process.stderr.write('cluster is down\n');
    return 0;
  }
  process.stderr.write('usage: tsx test/cluster/cli.ts up|down\n');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
