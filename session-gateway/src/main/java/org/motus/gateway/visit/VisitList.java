package org.motus.gateway.visit;

import java.util.List;

/** The caller's visits: upcoming (soonest first) and past (latest first). */
public record VisitList(List<VisitView> upcoming, List<VisitView> past) {}
