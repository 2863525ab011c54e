import { describe, expect, it } from 'vitest';
import { table } from '../../../scripts/bench/report';

describe('benchmark report', () => {
  it('aligns labels left and figures right', () => {
    expect(
      table([
        ['', 'app', 'baseline'],
        ['render', '1760 ms', '1191 ms'],
        ['heap', '7.15 MB', '5.53 MB'],
      ]),
    ).toEqual([
      '             app   baseline',
      'render   1760 ms    1191 ms',
      'heap     7.15 MB    5.53 MB',
    ]);
  });
});
