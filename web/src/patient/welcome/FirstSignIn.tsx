import { useEffect, useRef, useState } from 'preact/hooks';
import type { Consents } from '../../api/consents.ts';
import { ConsentStep } from './ConsentStep.tsx';
import { PreferencesStep } from './PreferencesStep.tsx';
import { TimeZoneStep } from './TimeZoneStep.tsx';
import { WelcomeStep } from './WelcomeStep.tsx';
import { firstStep, nextStep, steps, type Step } from './steps.ts';
import './welcome.css';
import { msg, t } from '../../i18n/i18n.ts';

interface Props {
  consents: Consents;
  /** Called with the consents once the patient decided on every text in force. */
  onDone(consents: Consents): void;
}

const titles = {
  welcome: msg('Welcome to Motus'),
  'time-zone': msg('Your time zone'),
  preferences: msg('How Motus reminds you'),
  consents: msg('Your consent'),
} satisfies Record<Step, string>;

/**
 * Issue 13 item 6: shown until the patient has decided on the consent texts in force (again when a
 * text gets a new version): welcome, time zone, contact preferences, the two consents.
 */
export function FirstSignIn({ consents, onDone }: Props) {
  const [step, setStep] = useState<Step>(firstStep(consents));
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    // Move focus to the new step's heading so keyboard and screen-reader users start at its top.
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const advance = () => {
    const next = nextStep(step);
    if (next) setStep(next);
  };
  const position = steps.indexOf(step) + 1;

  return (
    <section class="first-sign-in card" aria-labelledby="first-sign-in-heading" id="first-sign-in" data-step={step}>
      <p class="muted" id="first-sign-in-progress">
        {t('Step {position} of {count}', { position, count: steps.length })}
      </p>
      <h1 id="first-sign-in-heading" tabIndex={-1} ref={heading}>
        {t(titles[step])}
      </h1>
      {step === 'welcome' && <WelcomeStep onNext={advance} />}
      {step === 'time-zone' && <TimeZoneStep onNext={advance} />}
      {step === 'preferences' && <PreferencesStep onNext={advance} />}
      {step === 'consents' && <ConsentStep consents={consents} onDone={onDone} />}
    </section>
  );
}
