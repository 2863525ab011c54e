import type { LevelId } from '../data/schemas';
import type { FieldKey, FieldType, OptionalFieldKey, PROPOSAL_FIELDS } from './fields';

export const PROPOSAL_KINDS = [
  'ontmoeting',
  'activiteit',
  'buurtproject',
  'zorg-welzijn',
  'wonen',
  'anders',
] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** Where a proposal is on its way: on this device, sent to the server, or judged there. */
export const PROPOSAL_STATUSES = ['lokaal', 'verzonden', 'goedgekeurd', 'afgewezen'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

type Fields = typeof PROPOSAL_FIELDS;
type ValueOf<T extends FieldType> = T extends 'kind'
  ? ProposalKind
  : T extends 'levels'
    ? LevelId[]
    : T extends 'coordinate'
      ? number
      : string;

/** What a person fills in (or an imported row holds): one property per field of fields.ts. */
export type ProposalInput = {
  [K in Exclude<FieldKey, OptionalFieldKey>]: ValueOf<Fields[K]['type']>;
} & { [K in OptionalFieldKey]?: ValueOf<Fields[K]['type']> };

/** A stored proposal: the input, where it lies, and its life cycle. */
export interface Proposal extends ProposalInput {
  id: string;
  gemeente: string;
  wijk?: string;
  status: ProposalStatus;
  createdAt: string;
  updatedAt: string;
  /** The number the Samen Buurten server gave it, once it received it. */
  serverNumber?: number;
  /** Why the programme team did not put it on the map (status 'afgewezen'). */
  reason?: string;
  /**
   * Taken back by the user, waiting for the server to delete it too. Such a proposal is no longer
   * shown; the device keeps only what it needs to finish the withdrawal (see proposals-state.ts).
   */
  withdrawnAt?: string;
}

export type ProposalField = keyof ProposalInput | 'location';

export type ProposalProblem =
  | { field: ProposalField; code: 'required' }
  | { field: ProposalField; code: 'tooShort'; limit: number }
  | { field: ProposalField; code: 'tooLong'; limit: number }
  | { field: ProposalField; code: 'invalid' }
  /** Characters that reverse or embed the reading direction (they can disguise text). */
  | { field: ProposalField; code: 'direction' }
  | { field: 'location'; code: 'outsideFlevoland' };

export function newProposalId(): string {
  return crypto.randomUUID();
}
