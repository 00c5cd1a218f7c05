-- Issue 14 item 4: a new secure message tells the other side through the outbox (topic NEW_MESSAGE).
-- Like every topic it names no health data: "You have a new message in Motus", never its text.
alter table notification drop constraint notification_topic_check;
alter table notification add constraint notification_topic_check check (topic in (
    'URGENT_ALERT', 'ALERT_DIGEST', 'FOLLOW_UP_REMINDER', 'PROGRAMME_DAY_REMINDER', 'PACE_NUDGE', 'VISIT_REMINDER',
    'NEW_MESSAGE'));

-- Finds a recipient's earlier notices of one thread quickly (the coalescing check of MessageNotices).
create index notification_recipient_topic_link on notification (recipient_subject, topic, link, channel);
