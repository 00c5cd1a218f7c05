package org.motus.gateway.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.motus.gateway.visit.VisitQuery;

/** A page of search results as a searchset Bundle with its self and next links. Pure. */
final class SearchBundle {

    private SearchBundle() {}

    /**
     * @param base the public FHIR base ({@code .../fhir/R4})
     * @param type the resource type searched
     * @param used the parameters the search applied; the next link repeats them with its cursor
     * @param next where the next page starts, null on the last page
     */
    static Bundle searchset(
            String base,
            String type,
            Map<String, List<String>> used,
            List<? extends Resource> resources,
            VisitQuery.Key next,
            Instant now) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(Date.from(now));
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(url(base, type, used, null));
        if (next != null) {
            bundle.addLink().setRelation("next").setUrl(url(base, type, used, next));
        }
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/"
                            + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    static String url(String base, String type, Map<String, List<String>> used, VisitQuery.Key next) {
        StringBuilder url = new StringBuilder(base).append('/').append(type);
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : new java.util.TreeMap<>(used).entrySet()) {
            if (next != null && parameter.getKey().equals(SearchCursor.PARAMETER)) {
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
            url.append(separator).append(SearchCursor.PARAMETER).append('=').append(SearchCursor.encode(next));
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
