import gemeentenUrl from '../../geo/gemeenten.geojson?url';
import wijkenUrl from '../../geo/wijken.geojson?url';

/**
 * Names of gemeenten and wijken by CBS code, for the moderator's list. The app's own geo files (the
 * service worker usually has them already); without them the list shows the codes.
 */
export async function loadPlaceNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    [gemeentenUrl, wijkenUrl].map(async (url) => {
      try {
        const response = await fetch(url);
        const collection = (await response.json()) as {
          features?: { properties?: { code?: string; name?: string } }[];
        };
        for (const f of collection.features ?? []) {
          const { code, name } = f.properties ?? {};
          if (code && name) names.set(code, name);
        }
      } catch {
        // No names: codes it is.
      }
    }),
  );
  return names;
}

/** "Wijk, Gemeente" by name where known, else by code. */
export function placeText(
  names: Map<string, string> | undefined,
  p: { gemeente: string; wijk?: string },
) {
  return [p.wijk, p.gemeente]
    .filter((code): code is string => Boolean(code))
    .map((code) => names?.get(code) ?? code)
    .join(', ');
}
