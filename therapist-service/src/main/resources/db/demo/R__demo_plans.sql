-- Demo data for the local launcher only. Never in db/migration. Quarkus fixes
-- quarkus.flyway.locations at build time, so db/demo is always packaged and this script always
-- runs, but it does nothing unless the runtime switch MOTUS_DEMO_DATA=true (motus.demo-data,
-- the Flyway placeholder motus_demo) is set, which only the local launcher does (the same switch
-- as patient-service's R__demo_patients.sql).
--
-- Repeatable (R__): Flyway runs it after every versioned migration, and again only when this file
-- (or the placeholder's value) changes; it adds nothing a second time.
-- pat (patient record 0a7e0000-0000-4000-8000-000000000002, treated by tess
-- 7e5a0c1e-0000-4000-8000-000000000001) gets the low-back protocol as a published plan: the core
-- routine and the two stretches are due every day, so the patient's Today screen is never empty;
-- brisk walking 5 days a week. paula gets no plan (the therapist system test builds one for her).
do $$
declare
    pat_record  constant uuid := '0a7e0000-0000-4000-8000-000000000002';
    tess        constant text := '7e5a0c1e-0000-4000-8000-000000000001';
    low_back    constant uuid := '0c7a2d2f-4b1b-4d2f-8e2b-000000000001';
    plan_id     constant uuid := 'de300000-0000-4000-8000-000000000001';
    version_id  constant uuid := 'de300000-0000-4000-8000-000000000011';
begin
    if '${motus_demo}' <> 'true' then
        return;
    end if;
    if exists (select 1 from plan where patient_id = pat_record) then
        return;
    end if;

    insert into plan (id, patient_id, title, protocol_id, created_by, created_at)
    values (plan_id, pat_record, 'Low back programme', low_back, tess, now() - interval '35 days');

    -- Items may only be added to a draft (plan_item_immutable), so publish after inserting them.
    insert into plan_version (id, plan_id, version, status, change_note, created_by, created_at)
    values (version_id, plan_id, 1, 'DRAFT', 'Started from the low back protocol.', tess, now() - interval '35 days');

    insert into plan_item (id, version_id, position, section, exercise_id, sets, reps, load_kg, hold_seconds,
                           duration_minutes, sessions_per_day, days_per_week, weekdays, target_zone_low_percent,
                           target_zone_high_percent, rest_seconds, notes)
    select ('de300000-0000-4000-8000-0000000001' || lpad(p.position::text, 2, '0'))::uuid, version_id, p.position, p.section,
           p.exercise_id, p.sets, p.reps, p.load_kg, p.hold_seconds, p.duration_minutes, p.sessions_per_day,
           p.days_per_week, p.weekdays, p.target_zone_low_percent, p.target_zone_high_percent, p.rest_seconds, p.notes
      from protocol_item p
     where p.protocol_id = low_back
     order by p.position;

    update plan_version
       set status = 'PUBLISHED', published_by = tess, published_at = now() - interval '35 days'
     where id = version_id;
end $$;
