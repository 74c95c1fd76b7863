// Reads the mounted credentials file for the credentialed pull. Never logs or returns its text.
import { readFile } from 'node:fs/promises';
import {
  parseCredentialsFile,
  type ProbeCredentials,
} from '../../shared/probe/credentials-file.js';

/** The credentials, or why they cannot be used. */
export type CredentialsRead =
  { ok: true; credentials: ProbeCredentials } | { ok: false; problem: string };

/** Reads and parses the credentials file at `file` (a path inside the probe, not a host path). */
export async function readCredentials(file: string): Promise<CredentialsRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return {
      ok: false,
      problem: `cannot read credentials file ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
    };
  }
  return parseCredentialsFile(text);
}
