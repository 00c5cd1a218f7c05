package org.motus.gateway.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RememberVerifiedIdentityTest {

    @Test
    void theRememberedIdentityHoldsNoRequestButKeepsWhoItIs() {
        IdTokenCredential idToken = new IdTokenCredential("header.claims.signature");
        SecurityIdentity verified = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("pat"))
                .addRole("patient")
                .addCredential(idToken)
                .addAttribute(RoutingContext.class.getName(), new Object())
                .addAttribute(AuthenticationRequestContext.class.getName(), new Object())
                .addAttribute("tenant-id", "Default")
                .build();

        SecurityIdentity kept = RememberVerifiedIdentity.detached(verified);

        assertNull(kept.getAttribute(RoutingContext.class.getName()));
        assertNull(kept.getAttribute(AuthenticationRequestContext.class.getName()));
        assertEquals("Default", kept.getAttribute("tenant-id"));
        assertEquals("pat", kept.getPrincipal().getName());
        assertEquals(Set.of("patient"), kept.getRoles());
        assertSame(idToken, kept.getCredential(IdTokenCredential.class));
    }
}
