package org.motus.patient.staff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the staff list; {@code next} asks for the page after it. */
public record StaffPage(
        List<AccountView> items,

        @Schema(
                nullable = true,
                description = "Pass as 'cursor' (with the same filters) for the next page; null on the last page")
        String next) {}
