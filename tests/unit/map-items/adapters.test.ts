import { describe, expect, it } from 'vitest';
import { readAppData } from '../../support/geo-files';
import { initiativeItems, ownProposalItems } from '../../../src/map-items/adapters';
import { approvedProposalItems } from '../../../src/map-items/approved-adapter';
import { toPins } from '../../../src/map-items/item';
import type { Proposal } from '../../../src/proposals/proposal';
import type { PublicProposal } from '../../../src/proposals/contract';

const data = readAppData();

describe('map items from each source', () => {
  it('every seed initiative is an item; a province-wide one has no pin', () => {
    const items = initiativeItems(data.initiatieven.features, (i) => i.properties.name);
    expect(items).toHaveLength(data.initiatieven.features.length);
    const provinceWide = data.initiatieven.features.filter(
      (i) => i.properties.precision === 'provincie',
    );
    expect(provinceWide.length).toBeGreaterThan(0);
    const pins = toPins(items);
    expect(pins).toHaveLength(items.length - provinceWide.length);
    for (const i of provinceWide) expect(pins.some((p) => p.id === i.properties.id)).toBe(false);
    const derived = items.filter((item) => item.derived).map((item) => item.id);
    expect(pins.filter((p) => p.derived).map((p) => p.id)).toEqual(derived);
  });

  it("this device's proposals and the approved ones get their own ids and pin kinds", () => {
    const own = ownProposalItems(
      [{ id: 'abc', name: 'Moestuin', lng: 5.1, lat: 52.5, status: 'lokaal' } as Proposal],
      (p) => `Voorstel: ${p.name}`,
    );
    const approved = approvedProposalItems(
      [{ number: 12, name: 'Buurtbus', lng: 5.7, lat: 52.7 } as PublicProposal],
      (p) => p.name,
      () => true,
    );
    expect(toPins([...own, ...approved])).toEqual([
      {
        id: 'eigen-abc',
        name: 'Moestuin',
        lngLat: [5.1, 52.5],
        variant: 'voorstel',
        label: 'Voorstel: Moestuin',
      },
      {
        id: 'voorstel-12',
        name: 'Buurtbus',
        lngLat: [5.7, 52.7],
        variant: 'goedgekeurd',
        label: 'Buurtbus',
        highlight: true,
      },
    ]);
  });
});
