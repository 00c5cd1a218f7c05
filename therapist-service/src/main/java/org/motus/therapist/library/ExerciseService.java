package org.motus.therapist.library;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;
import org.motus.therapist.access.Caller;
import org.motus.therapist.dosage.Condition;
import org.motus.therapist.dosage.DosageColumns;
import org.motus.therapist.dosage.DosageRules;
import org.motus.therapist.dosage.Finding;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.errors.UnsupportedMedia;

/** The exercise library: search, clinic exercises (seeded ones are read-only) and demonstrations. */
@ApplicationScoped
public class ExerciseService {

    public static final int MAX_QUERY_LENGTH = 100;

    private final Clock clock;
    private final MediaStore store;

    public ExerciseService(Clock clock, MediaStore store) {
        this.clock = clock;
        this.store = store;
    }

    /** Filters are optional and combine with AND; text matches name, slug, regions and instructions. */
    @Transactional
    public List<ExerciseView> search(String pillarName, String kindName, String region, String text) {
        List<Problem.Violation> violations = new ArrayList<>();
        Pillar pillar = parse(Pillar.class, "pillar", pillarName, violations);
        ExerciseKind kind = parse(ExerciseKind.class, "kind", kindName, violations);
        String regionFilter = blankToNull(region);
        if (regionFilter != null && !Regions.known(regionFilter)) {
            violations.add(new Problem.Violation("region", "must be one of " + String.join(", ", Regions.ALL)));
        }
        String q = blankToNull(text);
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            violations.add(new Problem.Violation("q", "at most " + MAX_QUERY_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new FieldProblems(
                    ProblemType.VALIDATION,
                    "The search has " + violations.size() + " invalid parameter(s).",
                    violations);
        }
        StringBuilder sql = new StringBuilder("select * from exercise where true");
        Map<String, Object> params = new HashMap<>();
        if (pillar != null) {
            sql.append(" and pillar = :pillar");
            params.put("pillar", pillar.name());
        }
        if (kind != null) {
            sql.append(" and kind = :kind");
            params.put("kind", kind.name());
        }
        if (regionFilter != null) {
            sql.append(" and cast(:region as text) = any(regions)");
            params.put("region", regionFilter);
        }
        if (q != null) {
            sql.append(" and (name ilike :q escape '\\' or slug ilike :q escape '\\'"
                    + " or array_to_string(regions, ' ') ilike :q escape '\\'"
                    + " or array_to_string(instructions, ' ') ilike :q escape '\\')");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by pillar, name");
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString(), Exercise.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Exercise> found = query.getResultList();
        Map<UUID, ExerciseMedia.Summary> media = ExerciseMedia.summaries().stream()
                .collect(Collectors.toMap(ExerciseMedia.Summary::exerciseId, Function.identity()));
        return found.stream().map(e -> ExerciseView.of(e, media.get(e.id))).toList();
    }

    @Transactional
    public ExerciseView get(UUID id) {
        return view(find(id));
    }

    /** The names of the shipped illustrations a clinic exercise may use. */
    @Transactional
    public List<String> illustrations() {
        return Panache.getEntityManager()
                .createQuery(
                        "select distinct e.illustration from Exercise e where e.builtIn and e.illustration is not null order by 1",
                        String.class)
                .getResultList();
    }

    @Transactional
    public ExerciseView create(Caller caller, ExerciseDraft draft) {
        check(draft);
        if (Exercise.count("slug", draft.slug()) > 0) {
            throw new Conflict("An exercise with slug '" + draft.slug() + "' exists already.");
        }
        Exercise exercise = new Exercise();
        exercise.id = UUID.randomUUID();
        exercise.builtIn = false;
        exercise.createdBy = caller.subject();
        exercise.createdByName = caller.name();
        exercise.createdAt = Instant.now(clock);
        apply(exercise, draft);
        exercise.persist();
        flushOrConflict("An exercise with slug '" + draft.slug() + "' exists already.");
        return view(exercise);
    }

    @Transactional
    public ExerciseView update(Caller caller, UUID id, ExerciseDraft draft) {
        Exercise exercise = editable(id);
        check(draft);
        if (Exercise.count("slug = ?1 and id <> ?2", draft.slug(), id) > 0) {
            throw new Conflict("An exercise with slug '" + draft.slug() + "' exists already.");
        }
        apply(exercise, draft);
        return view(exercise);
    }

    @Transactional
    public ExerciseView putMedia(Caller caller, UUID id, String contentType, byte[] content) {
        Exercise exercise = editable(id);
        Optional<MediaRules.Rejection> rejection = MediaRules.check(contentType, content);
        if (rejection.isPresent()) {
            MediaRules.Rejection r = rejection.get();
            switch (r.reason()) {
                case UNSUPPORTED_TYPE, CONTENT_MISMATCH -> throw new UnsupportedMedia(r.message());
                default -> throw FieldProblems.invalid("body", r.message());
            }
        }
        ExerciseMedia media = ExerciseMedia.<ExerciseMedia>findByIdOptional(id).orElseGet(() -> {
            ExerciseMedia fresh = new ExerciseMedia();
            fresh.exerciseId = id;
            return fresh;
        });
        media.contentType = MediaRules.baseType(contentType);
        media.sizeBytes = content.length;
        media.contentOid = store.write(content); // the old large object goes with the update (V8's trigger)
        media.uploadedBy = caller.subject();
        media.uploadedAt = Instant.now(clock);
        media.persist();
        exercise.updatedAt = Instant.now(clock);
        return ExerciseView.of(exercise, new ExerciseMedia.Summary(id, media.contentType, media.sizeBytes));
    }

    /**
     * The demo data's video for its clinic exercise (DemoMedia), checked like an upload; false when
     * that exercise is not there or already has media (a restart changes nothing).
     */
    @Transactional
    public boolean giveDemoMedia(UUID id, String contentType, byte[] content) {
        Exercise exercise = Exercise.findById(id);
        if (exercise == null
                || exercise.builtIn
                || ExerciseMedia.findByIdOptional(id).isPresent()) {
            return false;
        }
        MediaRules.check(contentType, content).ifPresent(rejection -> {
            throw new IllegalStateException("The demo video is not a valid upload: " + rejection.message());
        });
        ExerciseMedia media = new ExerciseMedia();
        media.exerciseId = id;
        media.contentType = contentType;
        media.sizeBytes = content.length;
        media.contentOid = store.write(content);
        media.uploadedBy = exercise.createdBy;
        media.uploadedAt = Instant.now(clock);
        media.persist();
        return true;
    }

    @Transactional
    public void deleteMedia(UUID id) {
        Exercise exercise = editable(id);
        if (ExerciseMedia.deleteById(id)) {
            exercise.updatedAt = Instant.now(clock);
        } else {
            throw new NotFound("Exercise " + id + " has no uploaded media.");
        }
    }

    /** Where an upload's bytes are and how to describe them; the bytes themselves are streamed by {@link MediaStore}. */
    @Transactional
    public ExerciseMedia.Stored media(UUID id) {
        ExerciseMedia media = ExerciseMedia.findById(id);
        if (media == null) {
            throw new NotFound("Exercise " + id + " has no uploaded media.");
        }
        return new ExerciseMedia.Stored(media.contentOid, media.contentType, media.sizeBytes, media.uploadedAt);
    }

    /** A unique key that a concurrent request took between our check and our insert is a conflict, not a 500. */
    static void flushOrConflict(String detail) {
        try {
            Panache.getEntityManager().flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new Conflict(detail);
        }
    }

    private Exercise find(UUID id) {
        Exercise exercise = Exercise.findById(id);
        if (exercise == null) {
            throw new NotFound("No exercise " + id + ".");
        }
        return exercise;
    }

    private Exercise editable(UUID id) {
        Exercise exercise = find(id);
        if (exercise.builtIn) {
            throw new Conflict("Exercise '" + exercise.slug
                    + "' is part of the built-in library and read-only; add a clinic exercise instead.");
        }
        return exercise;
    }

    private ExerciseView view(Exercise exercise) {
        ExerciseMedia.Summary media = ExerciseMedia.summaries().stream()
                .filter(s -> s.exerciseId().equals(exercise.id))
                .findFirst()
                .orElse(null);
        return ExerciseView.of(exercise, media);
    }

    private void check(ExerciseDraft draft) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (draft.pillar() == Pillar.EXERCISE && draft.kind() == null) {
            violations.add(new Problem.Violation("kind", "EXERCISE items are AEROBIC or STRENGTH"));
        }
        if (draft.pillar() != Pillar.EXERCISE && draft.kind() != null) {
            violations.add(new Problem.Violation("kind", "only EXERCISE items have a kind"));
        }
        for (int i = 0; i < draft.regions().size(); i++) {
            if (!Regions.known(draft.regions().get(i))) {
                violations.add(new Problem.Violation(
                        "regions[" + i + "]", "must be one of " + String.join(", ", Regions.ALL)));
            }
        }
        List<Condition> conditions =
                draft.contraindicatedConditions() == null ? List.of() : draft.contraindicatedConditions();
        if (conditions.contains(Condition.OTHER)) {
            violations.add(new Problem.Violation(
                    "contraindicatedConditions", "name a condition patient-service records, not OTHER"));
        } else if (new HashSet<>(conditions).size() != conditions.size()) {
            violations.add(new Problem.Violation("contraindicatedConditions", "each condition at most once"));
        }
        if (!conditions.isEmpty()
                && (draft.contraindications() == null
                        || draft.contraindications().isEmpty())) {
            // clinical-rules.md §20: the therapist is shown the exercise's own contraindication text.
            violations.add(new Problem.Violation(
                    "contraindications", "say in words why the exercise is contraindicated for those conditions"));
        }
        if (draft.illustration() == null && draft.mediaUrl() == null) {
            // clinical-rules.md §10: every library exercise has a demonstration.
            violations.add(new Problem.Violation(
                    "illustration", "give an illustration or a mediaUrl (an upload can be added later)"));
        }
        if (draft.illustration() != null && !Illustrations.exists(draft.illustration())) {
            violations.add(new Problem.Violation("illustration", "no such illustration"));
        }
        if (violations.isEmpty()) {
            Exercise probe = new Exercise();
            probe.pillar = draft.pillar();
            probe.kind = draft.kind();
            for (Finding finding : DosageRules.check(probe.itemType(), draft.defaultDosage(), null)) {
                if (finding.blocks()) {
                    violations.add(new Problem.Violation(
                            "defaultDosage" + (finding.field().isEmpty() ? "" : "." + finding.field()),
                            finding.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new FieldProblems(
                    ProblemType.VALIDATION, "The exercise has " + violations.size() + " invalid field(s).", violations);
        }
    }

    private void apply(Exercise exercise, ExerciseDraft draft) {
        exercise.slug = draft.slug();
        exercise.name = draft.name().strip();
        exercise.pillar = draft.pillar();
        exercise.kind = draft.kind();
        exercise.regions = List.copyOf(draft.regions());
        exercise.instructions = draft.instructions().stream().map(String::strip).toList();
        exercise.commonMistakes = draft.commonMistakes() == null
                ? List.of()
                : draft.commonMistakes().stream().map(String::strip).toList();
        exercise.contraindications = draft.contraindications() == null
                ? List.of()
                : draft.contraindications().stream().map(String::strip).toList();
        exercise.contraindicatedConditions = draft.contraindicatedConditions() == null
                ? List.of()
                : draft.contraindicatedConditions().stream()
                        .map(Condition::name)
                        .toList();
        exercise.defaultDosage = DosageColumns.of(draft.defaultDosage());
        exercise.illustration = draft.illustration();
        exercise.mediaUrl = draft.mediaUrl();
        exercise.updatedAt = Instant.now(clock);
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String field, String value, List<Problem.Violation> violations) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(
                    field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
