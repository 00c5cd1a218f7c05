package org.motus.deploy.packaging;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ("250m", "2", "768Mi", "1Gi") as plain numbers, for comparing them. */
final class Quantity {

    private static final Pattern QUANTITY = Pattern.compile("([0-9.]+)([a-zA-Z]*)");
    private static final Map<String, Double> SUFFIXES = Map.ofEntries(
            Map.entry("", 1.0),
            Map.entry("m", 1e-3),
            Map.entry("k", 1e3),
            Map.entry("M", 1e6),
            Map.entry("G", 1e9),
            Map.entry("T", 1e12),
            Map.entry("Ki", 1024.0),
            Map.entry("Mi", 1024.0 * 1024),
            Map.entry("Gi", 1024.0 * 1024 * 1024),
            Map.entry("Ti", 1024.0 * 1024 * 1024 * 1024));

    private Quantity() {}

    static double parse(String quantity) {
        Matcher m = QUANTITY.matcher(quantity.trim());
        if (!m.matches() || !SUFFIXES.containsKey(m.group(2))) {
            throw new IllegalArgumentException("Not a Kubernetes quantity: " + quantity);
        }
        return Double.parseDouble(m.group(1)) * SUFFIXES.get(m.group(2));
    }
}
