-- Issue 12 (DOMAIN.md rules 15 and 20).

-- Rule 15: a strength load more than 10 % above the previous published version needs an explicit
-- reason to publish; the reason is kept with the published item (and frozen with it by the
-- plan_item_immutable trigger of V4).
alter table plan_item
    add column load_increase_reason text check (load_increase_reason is null or length(load_increase_reason) between 1 and 500);

-- Rule 20: the patient conditions an exercise's contraindications apply to, as patient-service
-- names conditions. Matched against the patient's conditions when the exercise is in a plan (a
-- warning for the therapist). Therapists set them on clinic exercises.
alter table exercise
    add column contraindicated_conditions text[] not null default '{}'
        check (contraindicated_conditions <@ array['LOW_BACK', 'NECK_SHOULDER', 'KNEE_OA', 'HIP_OA', 'SCIATICA', 'FIBROMYALGIA']::text[]);

-- The built-in library: only where the exercise's own contraindication text names a problem that
-- the condition brings. Texts about the general 3/10 ceiling ("knee pain above 3/10: go less
-- deep") are the ceiling rule, not a contraindication, and stay unmatched; so do surgery and
-- injury histories, which are not conditions patient-service records.
-- "Sharp or shooting pain down the leg: stop and use the nerve glide instead."
update exercise set contraindicated_conditions = '{SCIATICA}' where slug = 'hamstring-stretch' and built_in;
-- "Kneeling pain: ..." / "Knee pain when kneeling deeply: ..."
update exercise set contraindicated_conditions = '{KNEE_OA}' where slug in ('hip-flexor-stretch', 'childs-pose') and built_in;
-- "Neck pain when lying flat: rest the head on a thin pillow."
update exercise set contraindicated_conditions = '{NECK_SHOULDER}' where slug in ('dead-bug', 'glute-bridge', 'pelvic-tilt') and built_in;
