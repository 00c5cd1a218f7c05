import { t } from '../i18n/i18n.ts';
/** A count of unread messages next to a link; nothing when there are none (styled in patient.css and therapist.css). */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span class="unread-badge" data-unread-badge>
      {' '}
      <span aria-hidden="true">{count}</span>
      <span class="visually-hidden">{t('({count} unread)', { count })}</span>
    </span>
  );
}
