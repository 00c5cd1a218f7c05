package org.motus.deploy.system;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak's login pages as a client without a browser reads them: where a form (by its id)
 * posts to. The login form is {@code kc-form-login}; the one-time-code form that the realm shows
 * therapists and admins after their password is {@code kc-otp-login-form} (field {@code otp}).
 */
final class KeycloakForms {

    static final String LOGIN = "kc-form-login";
    static final String ONE_TIME_CODE = "kc-otp-login-form";

    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    private KeycloakForms() {}

    /** The absolute URL the form {@code id} on {@code page} (found at {@code pageUri}) posts to, if the page has it. */
    static Optional<URI> action(String page, URI pageUri, String id) {
        Matcher tags = FORM_TAG.matcher(page);
        while (tags.find()) {
            String tag = tags.group();
            if (tag.contains("id=\"" + id + "\"")) {
                Matcher action = ACTION.matcher(tag);
                if (action.find()) {
                    return Optional.of(pageUri.resolve(action.group(1).replace("&amp;", "&")));
                }
            }
        }
        return Optional.empty();
    }
}
