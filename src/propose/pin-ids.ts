/** Pin ids of proposals, beside the initiatives' own ids. */
export const PROPOSAL_PIN_PREFIX = 'voorstel:';
/** Pins of proposals the server approved, for everyone (src/propose/approved-state.ts). */
export const APPROVED_PIN_PREFIX = 'goedgekeurd:';
