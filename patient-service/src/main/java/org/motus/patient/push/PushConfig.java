package org.motus.patient.push;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Web Push's VAPID key pair ({@code motus.push.*}, README "Notifications"): base64url, the public key
 * an uncompressed P-256 point (65 bytes), the private key its 32-byte scalar. Without both, Web Push
 * is off: the public-key endpoint answers 404 and nothing is pushed (email and in-app still work).
 */
@ConfigMapping(prefix = "motus.push")
public interface PushConfig {

    Optional<String> vapidPublicKey();

    Optional<String> vapidPrivateKey();

    /** Who push services may contact about this sender: a {@code mailto:} or {@code https:} URL. */
    Optional<String> vapidSubject();
}
