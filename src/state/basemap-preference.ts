import { DEFAULT_BASEMAP, findOnlineBasemap, isBasemapId, type BasemapId } from '../map/basemaps';

const KEY = 'samen-buurten.ondergrond';

/** Storage can be missing or throw (private windows, blocked cookies): then nothing is remembered. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberBasemap(id: BasemapId) {
  try {
    storage()?.setItem(KEY, id);
  } catch {
    // Full or blocked storage: the choice still holds for this visit (it is in the URL).
  }
}

export function rememberedBasemap(): BasemapId | undefined {
  try {
    const value = storage()?.getItem(KEY);
    return isBasemapId(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link's basemap wins over the remembered one. A basemap this build does not offer (switched off
 * with "off") becomes the embedded one.
 */
export function initialBasemap(
  fromUrl: BasemapId | undefined,
  remembered = rememberedBasemap(),
): BasemapId {
  const wanted = fromUrl ?? remembered ?? DEFAULT_BASEMAP;
  return wanted === 'offline' || findOnlineBasemap(wanted) ? wanted : DEFAULT_BASEMAP;
}
