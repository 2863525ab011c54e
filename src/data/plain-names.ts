/**
 * CBS numbers some wijken ("Wijk 01 Emmeloord", "Wijk 00"); a resident knows the village's name,
 * not the number. The number goes; a name that is only a number goes entirely (the municipality
 * after it says where the place is).
 */
export function plainWijkName(name: string | undefined): string | undefined {
  const plain = name?.replace(/^Wijk \d+\s*/, '').trim();
  return plain || undefined;
}

/** "Wijk, Gemeente" in a resident's words, without repeating a name ("Urk, Urk"). */
export function plainPlace(wijk: string | undefined, gemeente: string | undefined): string {
  const names = [plainWijkName(wijk), gemeente].filter((n): n is string => Boolean(n));
  return [...new Set(names)].join(', ');
}
