import * as v from 'valibot';

// Boundaries hold tens of thousands of positions: they are checked with plain loops (a schema per
// number is many times slower at start-up), everything else with valibot's own schemas.
const isPosition = (p: unknown) =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number';
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygonCoords = (c: unknown) => Array.isArray(c) && c.length > 0 && c.every(isRing);
const polygonCoords = v.custom<number[][][]>(isPolygonCoords, 'Invalid polygon coordinates');
const multiPolygonCoords = v.custom<number[][][][]>(
  (c) => Array.isArray(c) && c.length > 0 && c.every(isPolygonCoords),
  'Invalid multipolygon coordinates',
);

const polygonal = v.variant('type', [
  v.object({ type: v.literal('Polygon'), coordinates: polygonCoords }),
  v.object({ type: v.literal('MultiPolygon'), coordinates: multiPolygonCoords }),
]);

const pointGeometry = v.object({
  type: v.literal('Point'),
  coordinates: v.pipe(
    v.tuple([
      v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    ]),
  ),
});

const collection = <T extends v.GenericSchema>(feature: T) =>
  v.object({ type: v.literal('FeatureCollection'), features: v.array(feature) });

/** Where the area's name is written on the map (computed by the geo build). */
const labelPoint = v.optional(v.tuple([v.number(), v.number()]));

export const gemeenteCode = v.pipe(v.string(), v.regex(/^GM\d{4}$/));
export const wijkCode = v.pipe(v.string(), v.regex(/^WK\d{6}$/));

export const GemeenteSchema = v.object({
  type: v.literal('Feature'),
  geometry: polygonal,
  properties: v.object({
    code: gemeenteCode,
    name: v.string(),
    areaKm2: v.optional(v.number()),
    labelPoint,
  }),
});

export const WijkSchema = v.object({
  type: v.literal('Feature'),
  geometry: polygonal,
  properties: v.object({ code: wijkCode, name: v.string(), gemeente: gemeenteCode, labelPoint }),
});

export const StadsdeelSchema = v.object({
  type: v.literal('Feature'),
  geometry: polygonal,
  properties: v.object({
    code: v.string(),
    name: v.string(),
    gemeente: gemeenteCode,
    wijken: v.array(wijkCode),
    labelPoint,
  }),
});

export const AreaSchema = v.object({
  type: v.literal('Feature'),
  geometry: polygonal,
  properties: v.object({ code: v.optional(v.string()), name: v.optional(v.string()), labelPoint }),
});

/** The level of the area a pin stands for: the smallest area the seed names (or one derived). */
export const PRECISIONS = ['adres', 'buurt', 'wijk', 'stadsdeel', 'gemeente', 'provincie'] as const;
/** 'bron': the seed names this place; 'afgeleid': it is inferred (e.g. from the name) and says so. */
export const PLACE_BASES = ['bron', 'afgeleid'] as const;
/** What the seed says of an example: named as a positive example, or a promising future development. */
export const STATUSES = ['genoemd', 'toekomstig'] as const;
/** Why a place needs a word of explanation (texts in i18n). */
export const PLACE_NOTES = ['geen-plaats', 'heel-flevoland', 'gedeeld-punt'] as const;

const InitiatiefPropertiesObject = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: v.pipe(v.string(), v.minLength(1)),
  gemeente: v.nullable(gemeenteCode),
  stadsdeel: v.optional(v.string()),
  wijk: v.optional(wijkCode),
  precision: v.picklist(PRECISIONS),
  placeBasis: v.picklist(PLACE_BASES),
  scope: v.optional(v.literal('provincie')),
  mentions: v.pipe(v.number(), v.integer(), v.minValue(1)),
  status: v.picklist(STATUSES),
  source: v.string(),
  seedLine: v.pipe(v.number(), v.integer(), v.minValue(1)),
  seedText: v.string(),
  placeNote: v.optional(v.picklist(PLACE_NOTES)),
});

/** The precision names the level actually used: the area fields stop exactly at that level. */
function placeMatchesPrecision(p: v.InferOutput<typeof InitiatiefPropertiesObject>): boolean {
  const has = { gemeente: p.gemeente !== null, stadsdeel: !!p.stadsdeel, wijk: !!p.wijk };
  switch (p.precision) {
    case 'provincie':
      return !has.gemeente && !has.stadsdeel && !has.wijk;
    case 'gemeente':
      return has.gemeente && !has.stadsdeel && !has.wijk;
    case 'stadsdeel':
      return has.gemeente && has.stadsdeel && !has.wijk;
    default:
      return has.gemeente && has.wijk;
  }
}

export const InitiatiefPropertiesSchema = v.pipe(
  InitiatiefPropertiesObject,
  v.check(placeMatchesPrecision, 'precision must be the level of the smallest area given'),
);

export const InitiatiefSchema = v.object({
  type: v.literal('Feature'),
  geometry: pointGeometry,
  properties: InitiatiefPropertiesSchema,
});

const KnelpuntItemSchema = v.object({
  text: v.string(),
  percent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
});

const BulletSchema = v.object({ text: v.string(), sub: v.optional(v.array(v.string())) });

export const LEVEL_IDS = [
  'maatschappelijk',
  'bestuurlijk',
  'relationeel',
  'professioneel',
] as const;

export const KnelpuntLevelSchema = v.object({
  id: v.picklist(LEVEL_IDS),
  name: v.string(),
  theme: v.string(),
  questions: v.pipe(v.array(v.string()), v.minLength(1)),
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  source: v.string(),
  items: v.array(KnelpuntItemSchema),
  bullets: v.array(BulletSchema),
});

export const LokaalSchema = v.object({
  gemeente: gemeenteCode,
  name: v.string(),
  remarks: v.array(v.string()),
  noneKnown: v.optional(v.string()),
});

export const KnelpuntenSchema = v.object({
  title: v.string(),
  authors: v.array(v.string()),
  programme: v.string(),
  definition: v.string(),
  method: v.array(v.string()),
  interaction: v.string(),
  source: v.string(),
  levels: v.pipe(v.array(KnelpuntLevelSchema), v.length(4)),
  lokaal: v.object({
    caveat: v.string(),
    intro: v.string(),
    source: v.string(),
    gemeenten: v.pipe(v.array(LokaalSchema), v.length(6)),
  }),
});

export const GemeentenSchema = collection(GemeenteSchema);
export const WijkenSchema = collection(WijkSchema);
export const StadsdelenSchema = collection(StadsdeelSchema);
export const AreasSchema = collection(AreaSchema);
export const InitiatievenSchema = collection(InitiatiefSchema);

export type Gemeente = v.InferOutput<typeof GemeenteSchema>;
export type Wijk = v.InferOutput<typeof WijkSchema>;
export type Stadsdeel = v.InferOutput<typeof StadsdeelSchema>;
export type Area = v.InferOutput<typeof AreaSchema>;
export type Initiatief = v.InferOutput<typeof InitiatiefSchema>;
export type InitiatiefProperties = v.InferOutput<typeof InitiatiefPropertiesSchema>;
export type Precision = (typeof PRECISIONS)[number];
export type PlaceNote = (typeof PLACE_NOTES)[number];
export type Knelpunten = v.InferOutput<typeof KnelpuntenSchema>;
export type KnelpuntLevel = v.InferOutput<typeof KnelpuntLevelSchema>;
export type LevelId = (typeof LEVEL_IDS)[number];
