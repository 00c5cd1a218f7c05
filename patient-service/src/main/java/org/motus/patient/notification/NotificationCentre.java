package org.motus.patient.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.motus.patient.access.Caller;
import org.motus.patient.language.Texts;
import org.motus.problem.NotFound;
import org.motus.problem.search.PageRequest;

/**
 * The caller's in-app notifications (whoever they are: patient, therapist, admin). Nobody reaches another person's notifications: someone else's
 * id answers 404 like a missing one.
 */
@ApplicationScoped
public class NotificationCentre {

    static final int PAGE = 50;

    static final int MAX_PAGE = 200;

    private final Clock clock;

    private final Texts texts;

    public NotificationCentre(Clock clock, Texts texts) {
        this.clock = clock;
        this.texts = texts;
    }

    @Transactional
    public PageRequest.Paged<NotificationView> list(Caller caller, InboxFilter filter, PageRequest page) {
        String unread = filter == InboxFilter.UNREAD ? " and readAt is null" : "";
        List<Notification> rows = Notification.<Notification>find(
                        "recipientSubject = :recipient and channel = :channel" + unread + " and "
                                + page.keyset("createdAt", false) + " order by createdAt desc, id desc",
                        page.parameters(java.util.Map.of("recipient", caller.subject(), "channel", Channel.IN_APP)))
                .page(0, page.rowsToRead())
                .list();
        NotificationTexts words = words(caller);
        return page.cut(rows, row -> row.createdAt, row -> row.id).map(row -> NotificationView.of(row, words));
    }

    @Transactional
    public UnreadCount unread(Caller caller) {
        return new UnreadCount(Notification.count(
                "recipientSubject = ?1 and channel = ?2 and readAt is null", caller.subject(), Channel.IN_APP));
    }

    /** Marks one of the caller's notifications read; marking it again keeps the first time. */
    @Transactional
    public NotificationView markRead(Caller caller, UUID id) {
        Notification notification = Notification.<Notification>find(
                        "id = ?1 and recipientSubject = ?2 and channel = ?3", id, caller.subject(), Channel.IN_APP)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("No notification " + id + "."));
        if (notification.readAt == null) {
            notification.readAt = clock.instant();
        }
        return NotificationView.of(notification, words(caller));
    }

    /** Marks all of the caller's notifications read. */
    @Transactional
    public UnreadCount markAllRead(Caller caller) {
        Notification.update(
                "readAt = ?1 where recipientSubject = ?2 and channel = ?3 and readAt is null",
                clock.instant(),
                caller.subject(),
                Channel.IN_APP);
        return unread(caller);
    }

    private NotificationTexts words(Caller caller) {
        return texts.forPerson(NotificationTexts.class, caller.subject());
    }
}
