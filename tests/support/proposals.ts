import fc from 'fast-check';
import { LEVEL_IDS } from '../../src/data/schemas';
import { PROPOSAL_KINDS, type Proposal } from '../../src/proposals/proposal';
import { validateProposal } from '../../src/proposals/validate';
import { locate, PLACES } from './locator';

const inFlevoland = [PLACES.almereHaven, PLACES.urk, PLACES.emmeloord];

/** Any text a person could type, formula-like starts, apostrophes and separators included. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc
    .tuple(
      fc.constantFrom("'", '=', '+', '-', '@', "''", '"', ';', ' '),
      fc.string({ maxLength: 30 }),
    )
    .map(([start, rest]) => start + rest),
);

/**
 * Proposals the app accepts: random input, kept when validation says yes, stored as validation
 * cleaned it (as the form would).
 */
export const acceptedProposal = fc
  .record({
    name: text.map((s) => `${s}abc`),
    description: fc.tuple(text, text).map(([a, b]) => `${a}\n${b} en nog wat tekst`),
    kind: fc.constantFrom(...PROPOSAL_KINDS),
    website: fc.option(fc.constantFrom('https://example.org/a?b=1,2', 'www.voorbeeld.nl'), {
      nil: undefined,
    }),
    contact: fc.option(text, { nil: undefined }),
    knelpunten: fc.subarray([...LEVEL_IDS]),
    meetingCode: fc.option(fc.constantFrom('VF2026', 'AB-12'), { nil: undefined }),
    place: fc.constantFrom(...inFlevoland),
    jitter: fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })),
    status: fc.constantFrom('lokaal' as const),
    createdAt: fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2027-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
  })
  .map(({ place, jitter, createdAt, ...input }) => {
    const result = validateProposal(
      { ...input, lng: place.lng + jitter[0] / 1e5, lat: place.lat + jitter[1] / 1e5 },
      locate,
    );
    if (!result.ok) return undefined;
    const stamp = createdAt.toISOString();
    const proposal: Proposal = {
      ...result.value,
      id: crypto.randomUUID(),
      status: input.status,
      createdAt: stamp,
      updatedAt: stamp,
    };
    return proposal;
  })
  .filter((p): p is Proposal => p !== undefined);
