const pillarNames: Record<string, string> = {
  EXERCISE: 'Exercise',
  STRETCHING: 'Stretching',
  RESTORATION: 'Restoration',
};

/** "STRETCHING" -> "Stretching"; an unknown pillar is shown in plain case rather than hidden. */
export function pillarName(pillar: string): string {
  return pillarNames[pillar.toUpperCase()] ?? plainCase(pillar);
}

/** "LOW_BACK" or "low-back" -> "Low back". */
export function regionName(region: string): string {
  return plainCase(region);
}

function plainCase(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
