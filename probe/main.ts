// The node-side probe: `node kip-probe.cjs REQUEST.json`. Gathers node facts, runs the checks,
// assembles one report and prints it on one stdout line after REPORT_MARKER; everything else goes
// to stderr. Exit codes: 0 report printed, 2 unusable request, 70 internal error.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { REPORT_MARKER } from '../shared/probe/report.js';
import {
  DEFAULT_CREDENTIALS_PATH,
  DEFAULT_HOST_PREFIX,
  parseProbeRequest,
} from '../shared/probe/request.js';
import { redactSecrets, secretsOf } from '../shared/probe/redact.js';
import { assembleReport } from './assemble.js';
import { gatherNode } from './gather-node.js';
import { readCredentials } from './node/credentials.js';
import { HostFs } from './node/host-fs.js';
import { runChecks } from './run-checks.js';

const log = (line: string): void => void process.stderr.write(`kip-probe: ${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  const file = argv[2];
  if (file === undefined || argv.length > 3) {
    log('usage: kip-probe REQUEST.json');
    return 2;
  }
  const parsed = parseProbeRequest(await readFile(file, 'utf8'));
  if (!parsed.ok) {
    log(`unusable request ${file}: ${parsed.problems.join('; ')}`);
    return 2;
  }
  const { request } = parsed;
  const started = new Date();
  const host = new HostFs(request.hostPrefix ?? DEFAULT_HOST_PREFIX);
  const credentials = request.hasCredentials
    ? await readCredentials(request.credentialsPath ?? DEFAULT_CREDENTIALS_PATH)
    : undefined;
  const facts = await gatherNode(host, process.env.NODE_NAME ?? os.hostname(), request, log);
  try {
    const run = await runChecks(host, request, facts, credentials, log);
    const report = assembleReport(request, facts, run, started, Date.now() - started.getTime());
    // Defence in depth: no check copies a credential, but a runtime's error text is not ours.
    const secrets = credentials?.ok ? secretsOf(credentials.credentials) : [];
    process.stdout.write(`${REPORT_MARKER}${redactSecrets(JSON.stringify(report), secrets)}\n`);
    return 0;
  } finally {
    if (facts.runtime.ok) facts.runtime.runtime.client.close();
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    log(`internal error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 70;
  },
);
