import { describe, expect, it } from 'vitest';
import { isLocalOnly, proposeUrl } from '../../../src/present/qr';

describe('the QR code address', () => {
  it('knows which addresses a phone in the room cannot open', () => {
    for (const url of ['http://localhost:4173/', 'http://127.0.0.1:4173/?x=1', 'http://[::1]/'])
      expect(isLocalOnly(url), url).toBe(true);
    for (const url of ['http://192.168.1.20:4173/', 'https://kaart.example.nl/'])
      expect(isLocalOnly(url), url).toBe(false);
  });

  it('opens the propose form for the meeting, from the given base', () => {
    expect(proposeUrl('http://192.168.1.20:4173/', 'GM0034', 'ABC234')).toBe(
      'http://192.168.1.20:4173/?voorstel=nieuw&gemeente=GM0034&code=ABC234',
    );
  });
});
