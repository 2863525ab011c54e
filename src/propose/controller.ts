import { createMemo, createSignal, onMount } from 'solid-js';
import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Filters } from '../state/filters';
import type { Locate } from '../proposals/locate';
import type { LngLat } from './LocationPicker';
import type { Proposal } from '../proposals/proposal';
import { createProposalsState } from './proposals-state';
import { openProposalStore } from './store';
import { plainPlace } from './plain-place';
import type { OwnProposalSelection } from '../map-items/selection';

/** Whether a proposal falls within the explore filters (a stadsdeel holds the wijken CBS numbers in it). */
export function proposalMatches(
  p: Pick<Proposal, 'gemeente' | 'wijk'>,
  filters: Filters,
  index: DataIndex,
  stadsdeelWijken: Map<string, string[]>,
): boolean {
  if (filters.hideProposals || filters.status || (filters.minMentions ?? 1) > 1) return false;
  if (filters.gemeente && p.gemeente !== filters.gemeente) return false;
  if (filters.area) {
    const wijken = stadsdeelWijken.get(filters.area);
    if (wijken ? !p.wijk || !wijken.includes(p.wijk) : p.wijk !== filters.area) return false;
  }
  return index.areas.has(p.gemeente);
}

/**
 * Proposals on this device, the propose form's mode and its draft location. Which one is selected
 * is the app's one selection (`selection`), seen from here.
 */
export function createProposeController(
  data: AppData,
  index: DataIndex,
  filters: () => Filters,
  selection: OwnProposalSelection,
) {
  // Point-in-polygon code is only needed once someone proposes or imports, so it loads then.
  let locator: Promise<Locate> | undefined;
  const loadLocate = () =>
    (locator ??= import('../proposals/locate').then((m) =>
      m.createLocator(data.gemeenten.features, data.wijken.features),
    ));
  const proposals = createProposalsState(
    openProposalStore(),
    loadLocate,
    (import.meta.env.VITE_API_URL as string | undefined) || undefined,
  );
  onMount(() => void proposals.load());

  const centres = new Map<string, LngLat>();
  for (const f of [
    ...data.gemeenten.features,
    ...data.stadsdelen.features,
    ...data.wijken.features,
    ...data.flevoland.features,
  ]) {
    if (f.properties.code && f.properties.labelPoint)
      centres.set(f.properties.code, f.properties.labelPoint);
  }
  /** The centre of an area, where a pin chosen from the lists starts. */
  const centreOf = (code: string): LngLat | undefined => centres.get(code);
  const stadsdeelWijken = new Map(
    data.stadsdelen.features.map((f) => [f.properties.code, f.properties.wijken]),
  );

  /** undefined: not proposing; null: a new proposal; a Proposal: editing it. */
  const [form, setForm] = createSignal<Proposal | null | undefined>();
  const [draft, setDraft] = createSignal<LngLat>();
  const selectedId = selection.key;
  const setSelectedId = selection.set;
  const [savedMessage, setSavedMessage] = createSignal(false);

  /** Whether a proposal (this device's or an approved one) falls within the explore filters. */
  const matches = (p: Pick<Proposal, 'gemeente' | 'wijk'>) =>
    proposalMatches(p, filters(), index, stadsdeelWijken);
  const filtered = createMemo(() => proposals.proposals().filter(matches));
  const selected = createMemo(() => proposals.proposals().find((p) => p.id === selectedId()));

  function startNew(gemeente?: string) {
    setSelectedId(undefined);
    setSavedMessage(false);
    setDraft(gemeente ? centreOf(gemeente) : undefined);
    setForm(null);
  }
  function startEdit(p: Proposal) {
    setSelectedId(undefined);
    setSavedMessage(false);
    setDraft([p.lng, p.lat]);
    setForm(p);
  }
  function closeForm() {
    setForm(undefined);
    setDraft(undefined);
  }

  return {
    proposals,
    loadLocate,
    centreOf,
    form,
    draft,
    setDraft,
    filtered,
    matches,
    selected,
    selectedId,
    savedMessage,
    placeName: (code: string) => index.areas.get(code)?.name,
    placeText(p: Pick<Proposal, 'gemeente' | 'wijk'>) {
      const name = (code: string | undefined) => (code ? index.areas.get(code)?.name : undefined);
      return plainPlace(name(p.wijk), name(p.gemeente));
    },
    /** The form as the URL names it: 'nieuw', the id of the proposal being edited, or closed. */
    formKey(): string | undefined {
      const open = form();
      return open === undefined ? undefined : open === null ? 'nieuw' : open.id;
    },
    /** Back or forward reached an entry with (or without) the form: open or close it. */
    restoreForm(key: string | undefined, gemeente?: string) {
      const open = form();
      if (key === undefined) {
        if (open !== undefined) closeForm();
      } else if (key === 'nieuw') {
        if (open !== null) startNew(gemeente);
      } else if (open?.id !== key) {
        const editing = proposals.proposals().find((p) => p.id === key);
        if (editing) startEdit(editing);
      }
    },
    startNew,
    startEdit,
    closeForm,
    async save(raw: Record<string, unknown>) {
      const editing = form();
      const result = await proposals.save(raw, editing?.id);
      if (result.ok) {
        setForm(undefined);
        setDraft(undefined);
        setSelectedId(result.proposal?.id);
        setSavedMessage(true);
      }
      return result;
    },
    select(id: string | undefined) {
      setSavedMessage(false);
      setSelectedId(id);
    },
  };
}

export type ProposeController = ReturnType<typeof createProposeController>;
