import { readClusterInfo } from '../cluster/cluster-info.js';
import { benchSinglePod } from './single-pod.js';
const info = await readClusterInfo();
const r = await benchSinglePod(info, '/work/main/dist/kubectl-imagepull', (l) => console.error(l));
console.log(JSON.stringify(r));
