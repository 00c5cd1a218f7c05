package org.motus.gateway.signalling;

/** How the server closes a signalling socket: WebSocket close codes (4000-4999 are Motus's) and reasons. */
public enum CloseReason {
    LEFT(1000, "You left the visit."),
    VISIT_ENDED(4000, "The visit has ended."),
    VISIT_CANCELLED(4000, "The visit was cancelled."),
    REPLACED(4001, "Replaced by your newer connection to this visit (another tab or device, or a reconnect)."),
    IDLE(4002, "Closed after a silence; send ping regularly to stay connected."),
    NOT_READING(1008, "Closed: the connection does not read its messages."),
    SIGNED_OUT(4003, "Your sign-in ended (signed out, or ended in Keycloak); sign in again to rejoin."),
    SESSION_EXPIRED(4004, "Your sign-in expired; sign in again to rejoin.");

    public final short code;
    public final String reason;

    CloseReason(int code, String reason) {
        this.code = (short) code;
        this.reason = reason;
    }
}
