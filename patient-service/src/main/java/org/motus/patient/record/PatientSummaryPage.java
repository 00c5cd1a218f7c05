package org.motus.patient.record;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the admin's patient list, by name; {@code next} asks for the page after it. */
public record PatientSummaryPage(
        List<PatientSummary> items,

        @Schema(
                nullable = true,
                description =
                        "Pass as 'cursor' (with the same query and status) for the next page; null on the last page")
        String next) {}
