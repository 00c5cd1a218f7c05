package org.motus.therapist.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** One page of search results, and where the next one starts (null on the last page). */
public record Page(List<? extends Resource> resources, Cursor next) {}
