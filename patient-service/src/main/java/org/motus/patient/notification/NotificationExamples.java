package org.motus.patient.notification;

/** Example bodies of the notification endpoints for the OpenAPI document. */
public final class NotificationExamples {

    private NotificationExamples() {}

    public static final String NOTIFICATION_ID = "a1e70000-0000-4000-8000-000000000001";
    public static final String NOTIFICATION = """
            {"id":"a1e70000-0000-4000-8000-000000000001","topic":"URGENT_ALERT",
             "title":"You have a new urgent alert in Motus","count":1,"link":"/",
             "createdAt":"2026-12-04T09:12:00Z","readAt":null}""";
    public static final String READ_NOTIFICATION = """
            {"id":"a1e70000-0000-4000-8000-000000000001","topic":"URGENT_ALERT",
             "title":"You have a new urgent alert in Motus","count":1,"link":"/",
             "createdAt":"2026-12-04T09:12:00Z","readAt":"2026-12-04T09:15:00Z"}""";
    public static final String NOTIFICATIONS = "[" + NOTIFICATION + "]";
    public static final String UNREAD = """
            {"unread":3}""";
    public static final String NONE_UNREAD = """
            {"unread":0}""";
    public static final String DEAD_LETTER = """
            {"id":"a1e70000-0000-4000-8000-000000000002","recipientSubject":"7e5a0c1e-0000-4000-8000-000000000001",
             "recipientRole":"STAFF","channel":"EMAIL","topic":"URGENT_ALERT","status":"DEAD","attempts":1,
             "lastError":"Undeliverable: The recipient's account is deactivated",
             "createdAt":"2026-12-03T09:12:00Z","lastAttemptAt":"2026-12-03T09:12:02Z",
             "nextAttemptAt":"2026-12-03T09:12:00Z"}""";
    public static final String DEAD_LETTERS = "{\"items\":[" + DEAD_LETTER + "],\"next\":null}";
}
