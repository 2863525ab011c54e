import { createMemo, type Accessor } from 'solid-js';
import type { Messages } from '../i18n/nl';
import type { Initiatief } from '../data/schemas';
import { initiativeItems, ownProposalItems } from '../map-items/adapters';
import { ownItemId } from '../map-items/ids';
import { createMapItems, type ItemSource } from '../map-items/map-items';
import type { ApprovedState } from '../propose/approved-state';
import type { ProposeController } from '../propose/controller';
import type { ExploreState } from '../state/explore-state';
import type { Describers } from './describe';

/**
 * The explore screen's three sources as one list of map items: the seed's initiatives, this
 * device's proposals and the approved ones from the server (when there is one).
 */
export function createExploreItems(
  seedInitiatives: readonly Initiatief[],
  state: ExploreState,
  propose: ProposeController,
  approved: Accessor<ApprovedState | undefined>,
  describe: Describers,
  t: Accessor<Messages>,
) {
  const initiatives = initiativeItems(seedInitiatives, describe.pinLabel);
  const mappableIds = initiatives.filter((i) => i.lngLat).map((i) => i.id);
  const seed: ItemSource = {
    items: () => initiatives,
    visibleIds: () => state.filteredOnMap().map((i) => i.properties.id),
  };
  // A proposal of this device that the server shows approved stands there once, as the approved one.
  const ownShown = () => propose.proposals.proposals().filter((p) => !approved()?.hides(p));
  const ownItems = createMemo(() =>
    ownProposalItems(ownShown(), (p) => t().proposalPinLabel(p.name, propose.placeText(p))),
  );
  const own: ItemSource = {
    items: ownItems,
    visibleIds: () => propose.filtered().map((p) => ownItemId(p.id)),
  };
  const server = (): ItemSource | undefined => {
    const current = approved();
    return current && { items: current.items, visibleIds: current.visibleIds };
  };
  const all = createMapItems(() => [seed, server() ?? empty, own]);
  /** While presenting: every initiative and approved proposal, never this device's own. */
  const presentedIds = createMemo(() => [...mappableIds, ...(approved()?.allIds() ?? [])]);
  return { ...all, presentedIds };
}

const empty: ItemSource = { items: () => [], visibleIds: () => [] };
