import { t } from '../i18n/i18n.ts';
/** Plain words for each point of the 0-10 pain scale, for the big buttons (formatting only). */
export function painWord(pain: number): string {
  if (pain <= 0) return t('No pain');
  if (pain <= 3) return t('Mild');
  if (pain <= 6) return t('Moderate');
  if (pain <= 9) return t('Severe');
  return t('Worst imaginable');
}
