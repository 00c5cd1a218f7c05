import { useState } from 'preact/hooks';
import { ApiError, NetworkError } from '../../api/http.ts';
import { invite, type Invitation, type InvitationRequest } from '../../api/invitations.ts';
import { violationsOf } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

type Fields = Pick<InvitationRequest, 'email' | 'firstName' | 'lastName'>;
type FieldName = keyof Fields;

const empty: Fields = { email: '', firstName: '', lastName: '' };

interface Problems {
  fields: Partial<Record<FieldName, string>>;
  form: string | null;
}

const noProblems: Problems = { fields: {}, form: null };

/** The server's words beside the field they are about; anything else (409, 503) for the whole form. */
export function problemsOf(error: unknown): Problems {
  if (error instanceof NetworkError || !(error instanceof ApiError)) {
    return { fields: {}, form: t('Not sent: Motus is not answering. Check the connection and try again.') };
  }
  const fields: Partial<Record<FieldName, string>> = {};
  for (const violation of violationsOf(error.problem.extensions)) {
    const name = violation.field.split('.').pop();
    if (name === 'email' || name === 'firstName' || name === 'lastName') fields[name] = violation.message;
  }
  if (error.status === 409) fields.email = error.problem.detail ?? t('An account with that email exists already.');
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields, form: t('Not sent: {reason}', { reason: error.problem.detail ?? error.problem.title }) };
}

interface Props {
  /** Sends the invitation; the gateway unless a test says otherwise. */
  send?: (request: InvitationRequest) => Promise<Invitation>;
  /** Called once the patient's record exists (it is on the caseload from now on). */
  onAdded?: (invitation: Invitation) => void;
}

/**
 * "Add a patient" on the caseload: invites a patient by email. patient-service creates the account
 * and the record, puts the patient on this therapist's caseload and emails the link to set a password.
 */
export function AddPatient({ send = invite, onAdded }: Props) {
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<Fields>(empty);
  const [problems, setProblems] = useState<Problems>(noProblems);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" id="add-patient-open" class="button secondary" onClick={() => setOpen(true)}>
        {t('Add a patient')}
      </button>
    );
  }

  const submit = (event: Event) => {
    event.preventDefault();
    setProblems(noProblems);
    setSent(null);
    setSending(true);
    send({ role: 'PATIENT', ...fields }).then(
      (invitation) => {
        setSending(false);
        setSent(t('Invitation sent to {email}. The link in it is valid for 3 days.', { email: invitation.email }));
        setFields(empty);
        onAdded?.(invitation);
      },
      (error: unknown) => {
        setSending(false);
        setProblems(problemsOf(error));
      },
    );
  };

  const field = (name: FieldName, label: string, maxLength: number) => {
    const id = `add-patient-${name}`;
    const problem = problems.fields[name];
    const common = {
      id,
      name,
      required: true,
      maxLength,
      value: fields[name],
      'aria-invalid': problem ? ('true' as const) : undefined,
      'aria-describedby': problem ? `${id}-problem` : undefined,
      onInput: (e: Event) => setFields({ ...fields, [name]: (e.target as HTMLInputElement).value }),
    };
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {name === 'email' ? <input type="email" {...common} /> : <input type="text" {...common} />}
        {problem && (
          <p id={`${id}-problem`} class="error">
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <form id="add-patient" class="add-patient" onSubmit={submit} aria-labelledby="add-patient-heading">
      <h2 id="add-patient-heading">{t('Add a patient')}</h2>
      <p class="muted">{t('They get an email with a link to set a password, and are on your caseload from now on.')}</p>
      {field('email', t('Email'), 254)}
      {field('firstName', t('First name'), 99)}
      {field('lastName', t('Last name'), 99)}
      <button type="submit" id="add-patient-send" class="button" disabled={sending}>
        {sending ? t('Sending…') : t('Send invitation')}
      </button>
      <button type="button" class="button secondary" onClick={() => setOpen(false)}>
        {t('Close')}
      </button>
      {problems.form && <p role="alert">{problems.form}</p>}
      {sent && <p role="status">{sent}</p>}
    </form>
  );
}
