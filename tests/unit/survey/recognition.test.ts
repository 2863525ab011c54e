import { describe, expect, it } from 'vitest';
import { recognition, recognitionClass } from '../../../src/survey/recognition';
import type { SurveyAnswer } from '../../../src/survey/survey';

const response = (relationeel: (SurveyAnswer | null)[], buurt?: (SurveyAnswer | null)[]) => ({
  answers: buurt ? { relationeel, buurt } : { relationeel },
});

describe('herkend op bijeenkomsten, per municipality', () => {
  it('is the share "ja" of every item answer of every response, skipped items left out', () => {
    const five = [
      response(['ja', 'ja', null]),
      response(['nee', 'weet-niet', null]),
      response(['ja', null, null], ['ja', 'nee']),
      response([null, null, null]),
      response(['nee', 'ja', 'ja']),
    ];
    // 10 answers, 6 of them "ja": 60 %; N is the five people, not the answers.
    expect(recognition(five)).toEqual({ responses: 5, answers: 10, percent: 60 });
  });

  it('gives no share below five responses, however many answers they hold', () => {
    const four = Array.from({ length: 4 }, () => response(Array(9).fill('ja')));
    expect(recognition(four)).toEqual({ responses: 4, answers: 36 });
  });

  it('gives no share when five responses skipped every item', () => {
    const skipped = Array.from({ length: 5 }, () => response([null, null]));
    expect(recognition(skipped)).toEqual({ responses: 5, answers: 0 });
  });

  it('puts each share in one of four classes of 25 points', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map(recognitionClass)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
  });
});
