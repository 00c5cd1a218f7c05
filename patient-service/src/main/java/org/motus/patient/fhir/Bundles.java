package org.motus.patient.fhir;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.motus.problem.fhir.PublicBase;

/** A page of search results as a searchset Bundle with its self and next links. Pure. */
final class Bundles {

    private Bundles() {}

    /**
     * @param base  the public FHIR base ({@link PublicBase})
     * @param type  the resource type searched, e.g. {@code Observation}
     * @param query the search's parameters as received; the next link repeats them with its cursor
     */
    static Bundle searchset(String base, String type, MultivaluedMap<String, String> query, Page page, Instant now) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(Date.from(now));
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(url(base, type, query, null));
        if (page.next() != null) {
            bundle.addLink().setRelation("next").setUrl(url(base, type, query, page.next()));
        }
        for (Resource resource : page.resources()) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/"
                            + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    static String url(String base, String type, MultivaluedMap<String, String> query, Cursor next) {
        StringBuilder url = new StringBuilder(base).append('/').append(type);
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : new java.util.TreeMap<>(query).entrySet()) {
            if (next != null && parameter.getKey().equals("_cursor")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                url.append(separator)
                        .append(encode(parameter.getKey()))
                        .append('=')
                        .append(encode(value));
                separator = '&';
            }
        }
        if (next != null) {
            url.append(separator).append("_cursor=").append(next.encode());
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
