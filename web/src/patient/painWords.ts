/** Plain words for each point of the 0-10 pain scale, for the big buttons (formatting only). */
export function painWord(pain: number): string {
  if (pain <= 0) return 'No pain';
  if (pain <= 3) return 'Mild';
  if (pain <= 6) return 'Moderate';
  if (pain <= 9) return 'Severe';
  return 'Worst imaginable';
}
