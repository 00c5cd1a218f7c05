package org.motus.gateway.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current REST request, built once per request from its security identity (the
 * session's tokens). Resources inject this instead of reading the identity themselves. (A Vert.x
 * route outside a REST resource, such as the signalling admission, builds its {@link Caller} from
 * its routing context's user: no request context there.)
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** @return the signed-in caller, or null for an anonymous identity (which /api never lets through) */
    public Caller get() {
        if (caller == null) {
            caller = Caller.of(identity);
        }
        return caller;
    }
}
