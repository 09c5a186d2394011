import { describe, expect, it } from '@jest/globals';
import { reportLink } from '../../src/report/report-link.js';

describe('reportLink', () => {
  it.each([
    [
      'links an https address',
      'https://github.com/acme/bot/actions/runs/7/artifacts/9',
      '[report.html](<https://github.com/acme/bot/actions/runs/7/artifacts/9>) in artifact `promptgate-report`',
    ],
    ['only names it otherwise', 'javascript:alert(1)', 'report.html in artifact `promptgate-report`'],
    [
      'names it when the address could end the link',
      'https://x.example/a>b',
      'report.html in artifact `promptgate-report`',
    ],
  ])('%s', (_name, url, shown) => {
    expect(reportLink('promptgate-report', url)).toBe(
      `📄 Every case side by side, with the trace behind each answer: ${shown}`,
    );
  });
});
