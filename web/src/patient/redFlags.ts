import type { Advice, AdviceCode, RedFlag } from '../api/patients.ts';
import { msg, t } from '../i18n/i18n.ts';
import type { MessageId } from '../i18n/catalog.ts';

/**
 * clinical-rules.md §16: the red-flag questions in the patient's words, one per code of the
 * contract, in the order they are asked. The advice that follows a "yes" comes from the server;
 * the only wording of our own is `offlineEmergencyAdvice`, for when the server cannot be reached.
 */
export const redFlagQuestions: readonly { code: RedFlag; question: MessageId }[] = [
  {
    code: 'CHEST_SYMPTOMS',
    question: msg('Chest pain, unusual breathlessness, fainting or a racing heart while exercising'),
  },
  {
    code: 'SADDLE_NUMBNESS_BLADDER_BOWEL',
    question: msg('Numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel'),
  },
  { code: 'LEG_WEAKNESS_NUMBNESS', question: msg('New or worse weakness or numbness in a leg') },
  { code: 'FEVER_UNWELL', question: msg('Fever or feeling unwell, together with back pain') },
  { code: 'UNEXPLAINED_WEIGHT_LOSS', question: msg('Losing weight without trying') },
  { code: 'NIGHT_PAIN', question: msg('Pain at night that does not ease when you rest or change position') },
  { code: 'FALL_OR_INJURY', question: msg('A fall or an injury since your last session') },
];

/** The same answers as a therapist reads them: about the patient, not addressed to them. */
const answerForTherapist: Readonly<Record<RedFlag, MessageId>> = {
  CHEST_SYMPTOMS: msg('Chest pain, unusual breathlessness, fainting or a racing heart while exercising'),
  SADDLE_NUMBNESS_BLADDER_BOWEL: msg(
    'Numbness between the legs or around the bottom, or new trouble controlling bladder or bowel',
  ),
  LEG_WEAKNESS_NUMBNESS: msg('New or worse weakness or numbness in a leg'),
  FEVER_UNWELL: msg('Fever or feeling unwell, together with back pain'),
  UNEXPLAINED_WEIGHT_LOSS: msg('Losing weight without trying'),
  NIGHT_PAIN: msg('Pain at night that does not ease with rest or a change of position'),
  FALL_OR_INJURY: msg('A fall or an injury since the last session'),
};

/** A yes answer as the therapist's screens show it; an unknown code as it came. */
export function redFlagText(code: RedFlag | string): string {
  const known = answerForTherapist[code as RedFlag];
  return known ? t(known) : code;
}

/** Chest symptoms and saddle numbness/bladder/bowel: call the emergency number (rule 16). */
const emergencyCodes: ReadonlySet<RedFlag> = new Set(['CHEST_SYMPTOMS', 'SADDLE_NUMBNESS_BLADDER_BOWEL']);

export const urgentAdviceCodes: ReadonlySet<AdviceCode> = new Set(['CALL_EMERGENCY', 'SEEK_URGENT_CARE']);

/** The server's emergency advice in an answer (CALL_EMERGENCY / SEEK_URGENT_CARE), most important first. */
export function urgentAdvice(advice: readonly Advice[] | undefined): Advice[] {
  return (advice ?? []).filter((a) => urgentAdviceCodes.has(a.code));
}

/**
 * Only while the server cannot be reached: what the server would say for these yes answers, in
 * the same terms (stop; the emergency number for chest or saddle/bladder/bowel; otherwise urgent
 * same-day care). The number is not known offline, so it says "your local emergency number".
 */
export function offlineEmergencyAdvice(codes: readonly RedFlag[]): Advice[] {
  if (codes.length === 0) return [];
  if (codes.some((c) => emergencyCodes.has(c))) {
    return [
      {
        code: 'CALL_EMERGENCY',
        text: t('Stop your exercise programme now and call your local emergency number.'),
      },
    ];
  }
  return [
    {
      code: 'SEEK_URGENT_CARE',
      text: t(
        'Stop your exercise programme and get urgent medical care today (your GP or an urgent care centre). Also tell your therapist.',
      ),
    },
  ];
}
