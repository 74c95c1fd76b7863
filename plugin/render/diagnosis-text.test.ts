import { describe, expect, it } from 'vitest';
import { diagnosePod } from '../../shared/diagnosis/diagnose-pod.js';
import {
  aPod,
  DEFAULT_IMAGE,
  NOW,
  secondsAgo,
} from '../../shared/diagnosis/testing/evidence-builders.js';
import { paletteFor } from './colour.js';
import { podDiagnosisText } from './diagnosis-text.js';

const plain = paletteFor({ write: () => true, isTTY: false }, { NO_COLOR: '1' });

describe('podDiagnosisText for a pull in flight', () => {
  it('a pull at a normal rate is shown as still pulling, not as "no image pull problem"', () => {
    const d = diagnosePod(
      aPod()
        .waiting('ContainerCreating')
        .withEvent({
          type: 'Normal',
          reason: 'Pulling',
          message: `Pulling image "${DEFAULT_IMAGE}"`,
          lastSeen: secondsAgo(20),
        })
        .build(),
      NOW,
    );
    const text = podDiagnosisText(d, plain);
    expect(text.split('\n')[0]).toMatch(/1 container still pulling, at a normal rate$/);
    expect(text).not.toContain('no image pull problem');
    expect(text).toMatch(/Cause: +pulling \(low confidence\)/);
  });
});
