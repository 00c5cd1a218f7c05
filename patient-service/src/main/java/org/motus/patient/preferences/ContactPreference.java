package org.motus.patient.preferences;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** A patient's contact preferences, one row per patient once they chose (absent: the defaults). */
@Entity
@Table(name = "contact_preference")
public class ContactPreference extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "follow_up_in_app", nullable = false)
    public boolean followUpInApp;

    @Column(name = "follow_up_email", nullable = false)
    public boolean followUpEmail;

    @Column(name = "follow_up_web_push", nullable = false)
    public boolean followUpWebPush;

    @Column(name = "programme_day_in_app", nullable = false)
    public boolean programmeDayInApp;

    @Column(name = "programme_day_email", nullable = false)
    public boolean programmeDayEmail;

    @Column(name = "programme_day_web_push", nullable = false)
    public boolean programmeDayWebPush;

    @Column(name = "programme_day_local_time", nullable = false)
    public LocalTime programmeDayLocalTime;

    @Column(name = "visit_in_app", nullable = false)
    public boolean visitInApp;

    @Column(name = "visit_email", nullable = false)
    public boolean visitEmail;

    @Column(name = "visit_web_push", nullable = false)
    public boolean visitWebPush;

    @Column(name = "message_in_app", nullable = false)
    public boolean messageInApp;

    @Column(name = "message_email", nullable = false)
    public boolean messageEmail;

    @Column(name = "message_web_push", nullable = false)
    public boolean messageWebPush;

    /** Both or neither; may be after {@link #quietEnd} (the quiet hours cross midnight). */
    @Column(name = "quiet_start")
    public LocalTime quietStart;

    @Column(name = "quiet_end")
    public LocalTime quietEnd;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    void apply(ContactPreferencesRequest request, Instant now) {
        followUpInApp = request.followUpReminders().inApp();
        followUpEmail = request.followUpReminders().email();
        followUpWebPush = request.followUpReminders().webPush();
        programmeDayInApp = request.programmeDayReminders().inApp();
        programmeDayEmail = request.programmeDayReminders().email();
        programmeDayWebPush = request.programmeDayReminders().webPush();
        programmeDayLocalTime = LocalTimes.parse(request.programmeDayReminderTime());
        visitInApp = request.visitReminders().inApp();
        visitEmail = request.visitReminders().email();
        visitWebPush = request.visitReminders().webPush();
        messageInApp = request.messageNotices().inApp();
        messageEmail = request.messageNotices().email();
        messageWebPush = request.messageNotices().webPush();
        quietStart = request.quietHours() == null
                ? null
                : LocalTimes.parse(request.quietHours().start());
        quietEnd = request.quietHours() == null
                ? null
                : LocalTimes.parse(request.quietHours().end());
        updatedAt = now;
    }

    ContactPreferencesView view() {
        return new ContactPreferencesView(
                new Channels(followUpInApp, followUpEmail, followUpWebPush),
                new Channels(programmeDayInApp, programmeDayEmail, programmeDayWebPush),
                LocalTimes.format(programmeDayLocalTime),
                new Channels(visitInApp, visitEmail, visitWebPush),
                new Channels(messageInApp, messageEmail, messageWebPush),
                quietStart == null ? null : new QuietHours(LocalTimes.format(quietStart), LocalTimes.format(quietEnd)),
                updatedAt);
    }
}
