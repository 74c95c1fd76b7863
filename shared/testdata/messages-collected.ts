// Real pull errors collected for issue 10 from public issue trackers (each entry names its
// thread), one file per family group. Each is verbatim as posted, deduplicated against the
// rest of the corpus. Where the thread shows a cause the text alone cannot (a label from
// context), the entry is labelled by its text and a comment says what the thread found.
import { CREDENTIALS_1_MESSAGES } from './messages-credentials-1.js';
import { CREDENTIALS_2_MESSAGES } from './messages-credentials-2.js';
import { CREDENTIALS_3_MESSAGES } from './messages-credentials-3.js';
import { CREDENTIALS_4_MESSAGES } from './messages-credentials-4.js';
import { CREDENTIALS_5_MESSAGES } from './messages-credentials-5.js';
import { CREDENTIALS_6_MESSAGES } from './messages-credentials-6.js';
import { POLICY_1_MESSAGES } from './messages-policy-1.js';
import { POLICY_2_MESSAGES } from './messages-policy-2.js';
import { STORAGE_1_MESSAGES } from './messages-storage-1.js';
import { STORAGE_2_MESSAGES } from './messages-storage-2.js';
import { STORAGE_3_MESSAGES } from './messages-storage-3.js';
import { CONNECTION_1_MESSAGES } from './messages-connection-1.js';
import { CONNECTION_2_MESSAGES } from './messages-connection-2.js';
import { CONNECTION_3_MESSAGES } from './messages-connection-3.js';
import { CONNECTION_4_MESSAGES } from './messages-connection-4.js';
import { DOWNLOAD_1_MESSAGES } from './messages-download-1.js';
import { DOWNLOAD_2_MESSAGES } from './messages-download-2.js';
import { PLATFORM_1_MESSAGES } from './messages-platform-1.js';
import { PLATFORM_2_MESSAGES } from './messages-platform-2.js';
import { REGISTRY_ANSWERS_1_MESSAGES } from './messages-registry-answers-1.js';
import { REGISTRY_ANSWERS_2_MESSAGES } from './messages-registry-answers-2.js';
import { REGISTRY_ANSWERS_3_MESSAGES } from './messages-registry-answers-3.js';
import { REGISTRY_ANSWERS_4_MESSAGES } from './messages-registry-answers-4.js';
import { REGISTRY_ANSWERS_5_MESSAGES } from './messages-registry-answers-5.js';
import { REGISTRY_ANSWERS_6_MESSAGES } from './messages-registry-answers-6.js';
import type { CorpusEntry } from './messages.js';

/** Every collected message. */
export const COLLECTED_MESSAGES: readonly CorpusEntry[] = [
  ...CREDENTIALS_1_MESSAGES,
  ...CREDENTIALS_2_MESSAGES,
  ...CREDENTIALS_3_MESSAGES,
  ...CREDENTIALS_4_MESSAGES,
  ...CREDENTIALS_5_MESSAGES,
  ...CREDENTIALS_6_MESSAGES,
  ...POLICY_1_MESSAGES,
  ...POLICY_2_MESSAGES,
  ...STORAGE_1_MESSAGES,
  ...STORAGE_2_MESSAGES,
  ...STORAGE_3_MESSAGES,
  ...CONNECTION_1_MESSAGES,
  ...CONNECTION_2_MESSAGES,
  ...CONNECTION_3_MESSAGES,
  ...CONNECTION_4_MESSAGES,
  ...DOWNLOAD_1_MESSAGES,
  ...DOWNLOAD_2_MESSAGES,
  ...PLATFORM_1_MESSAGES,
  ...PLATFORM_2_MESSAGES,
  ...REGISTRY_ANSWERS_1_MESSAGES,
  ...REGISTRY_ANSWERS_2_MESSAGES,
  ...REGISTRY_ANSWERS_3_MESSAGES,
  ...REGISTRY_ANSWERS_4_MESSAGES,
  ...REGISTRY_ANSWERS_5_MESSAGES,
  ...REGISTRY_ANSWERS_6_MESSAGES,
];
