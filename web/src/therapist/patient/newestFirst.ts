export function newestFirst<T>(list: readonly T[], time: (item: T) => string): T[] {
  return [...list].sort((a, b) => time(b).localeCompare(time(a)));
}
