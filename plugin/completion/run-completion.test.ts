import { describe, expect, it } from 'vitest';
import { runCaptured } from '../testing/run-in-process.js';
import { COMMANDS } from '../main.js';
import { runCompletion, type FetchLive } from './run-completion.js';

async function complete(words: string[], fetchLive: FetchLive): Promise<string> {
  let out = '';
  await runCompletion(words, { isTTY: false, write: (s: string) => (out += s) }, COMMANDS, {
    withDescriptions: true,
    fetchLive,
  });
  return out;
}

describe('__complete through runCli', () => {
  it('answers in cobra format and exits 0 without touching stderr', async () => {
    const run = await runCaptured(['__complete', 'ex']);
    expect(run).toEqual({
      code: 0,
      stdout: `explain\t${COMMANDS.find((c) => c.command.startsWith('explain'))!.describe}\n:4\n`,
      stderr: '',
    });
  });

  it('omits descriptions for __completeNoDesc', async () => {
    expect((await runCaptured(['__completeNoDesc', 'ver'])).stdout).toBe('version\n:4\n');
  });

  it('offers nothing, quietly, when no cluster is configured', async () => {
    // A real connection attempt against a kubeconfig that does not exist.
    const run = await runCaptured([
      '__complete',
      '--kubeconfig',
      '/nonexistent/kc',
      'diagnose',
      '',
    ]);
    expect(run).toEqual({ code: 0, stdout: ':4\n', stderr: '' });
  });
});

describe('runCompletion when completion itself has a bug', () => {
  it('answers with the error directive, never a stack trace', async () => {
    let out = '';
    const broken = {
      command: 'broken',
      describe: 'a command whose builder throws, for this test only',
      builder: () => {
        throw new Error('bug');
      },
      execute: () => Promise.resolve(0 as const),
    };
    await runCompletion([''], { isTTY: false, write: (s: string) => (out += s) }, [broken], {
      withDescriptions: true,
    });
    expect(out).toBe(':1\n');
  });
});

describe('runCompletion with live names (fake cluster: the e2e suite uses the real one)', () => {
  it('prints the matching names with their descriptions', async () => {
    const fetched: unknown[] = [];
    const out = await complete(['-n', 'shop', 'diagnose', 'web'], async (plan) => {
      fetched.push(plan.connection);
      return [
        { value: 'web-0', description: 'ImagePullBackOff' },
        { value: 'db-0', description: 'Running' },
      ];
    });
    expect(out).toBe('web-0\tImagePullBackOff\n:4\n');
    expect(fetched).toEqual([{ kubeconfig: undefined, context: undefined, namespace: 'shop' }]);
  });

  it('offers nothing when fetching fails', async () => {
    const out = await complete(['reproduce', '--node', ''], () =>
      Promise.reject(new Error('ECONNREFUSED')),
    );
    expect(out).toBe(':4\n');
  });

  it('gives up after --request-timeout', async () => {
    const out = await complete(
      ['reproduce', '--request-timeout', '50ms', '--node', ''],
      () => new Promise(() => undefined),
    );
    expect(out).toBe(':4\n');
  });
});
