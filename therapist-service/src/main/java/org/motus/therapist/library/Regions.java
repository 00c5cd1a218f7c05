package org.motus.therapist.library;

import java.util.List;

/**
 * The body regions the library and its filters speak of: the areas of the condition protocols
 * (clinical-rules.md §25) plus what stretches and retraining target.
 */
public final class Regions {

    public static final List<String> ALL = List.of(
            "low-back",
            "neck-shoulder",
            "upper-back",
            "chest",
            "core",
            "hip",
            "knee",
            "hamstrings",
            "calf",
            "sciatica",
            "balance",
            "general",
            "whole-body");

    private Regions() {}

    public static boolean known(String region) {
        return ALL.contains(region);
    }
}
