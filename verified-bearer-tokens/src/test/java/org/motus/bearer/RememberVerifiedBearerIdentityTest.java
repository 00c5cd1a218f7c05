package org.motus.bearer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RememberVerifiedBearerIdentityTest {

    @Test
    void theRememberedIdentityHoldsNoRequestButKeepsWhoItIs() {
        Object request = new Object();
        Object authentication = new Object();
        AccessTokenCredential token = new AccessTokenCredential("header.claims.signature");
        SecurityIdentity verified = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("pat"))
                .addRole("patient")
                .addCredential(token)
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(AuthenticationRequestContext.class.getName(), authentication)
                .addAttribute("tenant-id", "Default")
                .build();

        SecurityIdentity kept = RememberVerifiedBearerIdentity.detached(verified);

        assertNull(kept.getAttribute(RoutingContext.class.getName()));
        assertNull(kept.getAttribute(AuthenticationRequestContext.class.getName()));
        assertEquals("Default", kept.getAttribute("tenant-id"));
        assertEquals("pat", kept.getPrincipal().getName());
        assertEquals(Set.of("patient"), kept.getRoles());
        assertSame(token, kept.getCredential(AccessTokenCredential.class));
    }
}
