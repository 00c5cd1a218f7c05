import { msg, t } from '../i18n/i18n.ts';
import type { MessageId } from '../i18n/catalog.ts';

const pillarNames: Record<string, MessageId> = {
  EXERCISE: msg('Exercise'),
  STRETCHING: msg('Stretching'),
  RESTORATION: msg('Restoration'),
};

/** The body areas of the library, in the reader's language. */
const regionNames: Record<string, MessageId> = {
  'low-back': msg('Low back'),
  'upper-back': msg('Upper back'),
  neck: msg('Neck'),
  shoulder: msg('Shoulder'),
  elbow: msg('Elbow'),
  wrist: msg('Wrist'),
  hand: msg('Hand'),
  hip: msg('Hip'),
  knee: msg('Knee'),
  ankle: msg('Ankle'),
  foot: msg('Foot'),
  'whole-body': msg('Whole body'),
  core: msg('Core'),
  pelvis: msg('Pelvis'),
  chest: msg('Chest'),
  thoracic: msg('Thoracic spine'),
  'neck-shoulder': msg('Neck and shoulder'),
  balance: msg('Balance'),
  sciatica: msg('Sciatica'),
  hamstrings: msg('Hamstrings'),
  general: msg('General'),
};

/** "STRETCHING" -> "Stretching"; an unknown pillar is shown in plain case rather than hidden. */
export function pillarName(pillar: string): string {
  const known = pillarNames[pillar.toUpperCase()];
  return known ? t(known) : plainCase(pillar);
}

/** "LOW_BACK" or "low-back" -> "Low back" in the reader's language; an unknown area in plain case. */
export function regionName(region: string): string {
  const known = regionNames[region.toLowerCase().replace(/_/g, '-')];
  return known ? t(known) : plainCase(region);
}

function plainCase(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
