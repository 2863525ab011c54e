import { describe, expect, it } from 'vitest';
import { plainPlace, plainWijkName } from '../../../src/propose/plain-place';

describe("a place in a resident's words", () => {
  it('drops the CBS number from a wijk name, and a name that is only a number', () => {
    expect(plainWijkName('Wijk 01 Emmeloord')).toBe('Emmeloord');
    expect(plainWijkName('Wijk 00')).toBeUndefined();
    expect(plainWijkName('De Werven')).toBe('De Werven');
  });

  it('names the wijk and the municipality once each', () => {
    expect(plainPlace('Wijk 00', 'Zeewolde')).toBe('Zeewolde');
    expect(plainPlace('Wijk 01 Emmeloord', 'Noordoostpolder')).toBe('Emmeloord, Noordoostpolder');
    expect(plainPlace('Urk', 'Urk')).toBe('Urk');
    expect(plainPlace(undefined, 'Lelystad')).toBe('Lelystad');
  });
});
