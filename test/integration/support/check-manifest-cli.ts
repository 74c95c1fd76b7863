// Runs one checkManifest in a fresh process, so a test can set NODE_EXTRA_CA_CERTS (which node
// reads only at start-up) and see that the transport still honours it.
//   tsx check-manifest-cli.ts REGISTRY REPOSITORY REFERENCE [EXTRA_CA_FILE]
import { readFile } from 'node:fs/promises';
import { NodeHttpTransport } from '../../../plugin/registry/node-transport.js';
import { RegistryClient } from '../../../plugin/registry/registry-client.js';

async function main(): Promise<void> {
  const [registry, repository, reference, extraCaFile] = process.argv.slice(2);
  if (!registry || !repository || !reference)
    throw new Error('usage: REGISTRY REPOSITORY REFERENCE [EXTRA_CA_FILE]');
  const extraCaPem = extraCaFile ? await readFile(extraCaFile, 'utf8') : undefined;
  const transport = new NodeHttpTransport({
    env: process.env,
    ...(extraCaPem ? { extraCaPem } : {}),
  });
  const result = await new RegistryClient(transport).checkManifest({
    registry,
    repository,
    reference,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
