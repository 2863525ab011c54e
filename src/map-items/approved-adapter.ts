import type { PublicProposal } from '../proposals/contract';
import { approvedItemId } from './ids';
import type { MapItem } from './item';

/** Proposals the programme team approved, from the server, for everyone. */
export function approvedProposalItems(
  proposals: readonly PublicProposal[],
  label: (p: PublicProposal) => string,
  isNew: (p: PublicProposal) => boolean = () => false,
): MapItem[] {
  return proposals.map((p) => ({
    id: approvedItemId(p.number),
    kind: 'goedgekeurd-voorstel',
    name: p.name,
    lngLat: [p.lng, p.lat],
    precision: 'punt',
    derived: false,
    status: 'goedgekeurd',
    label: label(p),
    ...(isNew(p) ? { highlight: true } : {}),
  }));
}
