import type { Initiatief } from '../data/schemas';
import type { Proposal } from '../proposals/proposal';
import { ownItemId } from './ids';
import type { MapItem } from './item';

/** The seed's initiatives; a province-wide one has no place of its own on the map. */
export function initiativeItems(
  initiatives: readonly Initiatief[],
  label: (i: Initiatief) => string,
): MapItem[] {
  return initiatives.map((i) => ({
    id: i.properties.id,
    kind: 'initiatief',
    name: i.properties.name,
    ...(i.properties.precision === 'provincie' ? {} : { lngLat: i.geometry.coordinates }),
    precision: i.properties.precision,
    derived: i.properties.placeBasis === 'afgeleid',
    status: i.properties.status,
    label: label(i),
  }));
}

/** Proposals made on this device (the ones the server shows approved are left out by the caller). */
export function ownProposalItems(
  proposals: readonly Proposal[],
  label: (p: Proposal) => string,
): MapItem[] {
  return proposals.map((p) => ({
    id: ownItemId(p.id),
    kind: 'eigen-voorstel',
    name: p.name,
    lngLat: [p.lng, p.lat],
    precision: 'punt',
    derived: false,
    status: p.status,
    label: label(p),
  }));
}
