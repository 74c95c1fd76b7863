// A/B: old vs new build, alternating, on one failing pod.
import { execFileSync } from 'node:child_process';
import { readClusterInfo } from '../cluster/cluster-info.js';
import { onWorkstation, workstationEnv } from '../cluster/workstation.js';
const info = await readClusterInfo();
const env = { ...process.env, KUBECONFIG: info.kubeconfig, NO_COLOR: '1', ...workstationEnv() };
execFileSync('kubectl', ['--kubeconfig', info.kubeconfig, 'create', 'ns', 'ab'], { stdio: 'ignore' });
execFileSync('kubectl', ['--kubeconfig', info.kubeconfig, '-n', 'ab', 'run', 'p', '--image=registry.plain.test/kip/app:v9', '--overrides={"spec":{"nodeName":"node-1"}}', '--restart=Never'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 8000));
const bins: Record<string, [string, string[]]> = {
  describe: ['kubectl', ['describe', 'pod', '-n', 'ab', 'p']],
  old: ['/tmp/oldwt/dist/kubectl-imagepull', ['diagnose', '-n', 'ab', 'p', '--no-registry']],
  new: ['/work/main/dist/kubectl-imagepull', ['diagnose', '-n', 'ab', 'p', '--no-registry']],
};
const times: Record<string, number[]> = { describe: [], old: [], new: [] };
for (let i = 0; i < 12; i++) {
  for (const [k, [cmd, args]] of Object.entries(bins)) {
    const c = onWorkstation(cmd, args);
    const t = process.hrtime.bigint();
    try { execFileSync(c.cmd, c.args, { env, stdio: 'pipe' }); } catch {}
    times[k]!.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
for (const [k, v] of Object.entries(times)) { v.sort((a, b) => a - b); console.log(k, v[Math.floor(v.length / 2)]!.toFixed(0), 'ms'); }
execFileSync('kubectl', ['--kubeconfig', info.kubeconfig, 'delete', 'ns', 'ab', '--wait=false'], { stdio: 'ignore' });
