import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  initialBasemap,
  rememberBasemap,
  rememberedBasemap,
} from '../../../src/state/basemap-preference';

function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('remembering the basemap on this device', () => {
  it('remembers the last choice', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    expect(rememberedBasemap()).toBeUndefined();
    rememberBasemap('pdok');
    expect(rememberedBasemap()).toBe('pdok');
  });

  it('keeps working when storage throws (private window, blocked storage)', () => {
    const broken = fakeStorage();
    broken.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    broken.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    vi.stubGlobal('localStorage', broken);
    expect(() => rememberBasemap('osm')).not.toThrow();
    expect(rememberedBasemap()).toBeUndefined();
  });

  it('ignores a stored value that is not a basemap', () => {
    const storage = fakeStorage();
    storage.setItem('samen-buurten.ondergrond', 'satelliet');
    vi.stubGlobal('localStorage', storage);
    expect(rememberedBasemap()).toBeUndefined();
  });
});

describe('the basemap at start', () => {
  it('is the embedded one unless the link or this device says otherwise', () => {
    expect(initialBasemap(undefined, undefined)).toBe('offline');
    expect(initialBasemap(undefined, 'osm')).toBe('osm');
  });

  it("follows the link over this device's choice", () => {
    expect(initialBasemap('pdok', 'osm')).toBe('pdok');
  });
});
