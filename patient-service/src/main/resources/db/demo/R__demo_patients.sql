-- Demo data for the local launcher only. Never in db/migration. Quarkus fixes
-- quarkus.flyway.locations at build time, so db/demo is always packaged and this script always
-- runs, but it does nothing unless the runtime switch MOTUS_DEMO_DATA=true (motus.demo-data,
-- the Flyway placeholder motus_demo) is set, which only the local launcher does.
--
-- Repeatable (R__): Flyway runs it after every versioned migration, and again only when this file
-- (or the placeholder's value) changes; it adds nothing a second time. Users are the Keycloak demo users (fixed subjects):
--   pat   7e5a0c1e-0000-4000-8000-000000000002 -> patient record 0a7e0000-0000-4000-8000-000000000002
--   paula 7e5a0c1e-0000-4000-8000-000000000003 -> patient record 0a7e0000-0000-4000-8000-000000000003
--   tess  7e5a0c1e-0000-4000-8000-000000000001 treats pat (and not paula: the system tests rely on it)
-- Pat gets five weeks of check-ins and sessions, relative to the day this runs, so the charts have
-- data: resting pain falling from about 6 to 3, 3-4 sessions a week against 4 prescribed, data on
-- most days (above the 16-day RTM threshold), two sessions above the 3/10 ceiling and one whose
-- pain was not back to baseline two hours later (flags, two of them acknowledged by tess).
do $$
declare
    pat          uuid;
    paula        uuid;
    tess         constant text := '7e5a0c1e-0000-4000-8000-000000000001';
    today        date := (now() at time zone 'UTC')::date;
    d            int;
    day_start    timestamptz;
    rest_pain    int;
    during_pain  int;
    follow_up    int;
    sid          uuid;
    started      timestamptz;
begin
    if '${motus_demo}' <> 'true' then
        return;
    end if;

    insert into patient (id, subject, display_name, date_of_birth, baseline_pain, goals, contact_channel,
                         contact_email, prescribed_sessions_per_week, created_at, updated_at)
    values ('0a7e0000-0000-4000-8000-000000000002', '7e5a0c1e-0000-4000-8000-000000000002', 'Pat Patient',
            date '1968-04-12', 6, 'Walk to the market and back without stopping; lift my grandson again.',
            'EMAIL', 'pat@motus.example', 4, now() - interval '36 days', now() - interval '36 days'),
           ('0a7e0000-0000-4000-8000-000000000003', '7e5a0c1e-0000-4000-8000-000000000003', 'Paula Patient',
            date '1979-09-30', 5, 'Get through a working day without a flare-up.',
            'APP', 'paula@motus.example', 3, now() - interval '20 days', now() - interval '20 days')
    on conflict (subject) do nothing;

    select id into pat from patient where subject = '7e5a0c1e-0000-4000-8000-000000000002';
    select id into paula from patient where subject = '7e5a0c1e-0000-4000-8000-000000000003';

    insert into patient_condition (patient_id, code)
    values (pat, 'LOW_BACK'), (pat, 'SCIATICA'), (paula, 'FIBROMYALGIA')
    on conflict do nothing;

    insert into care_team_member (patient_id, therapist_subject, assigned_at)
    values (pat, tess, now() - interval '36 days')
    on conflict do nothing;

    -- Pat and paula accepted both consent texts in force (issue 13 item 6), so they go straight to
    -- their screens; the hashes are those of src/main/resources/consent/*-2026-12-01.txt.
    insert into consent_decision (id, patient_id, kind, text_version, text_sha256, decision, decided_at, decided_by, client)
    select gen_random_uuid(), p.id, c.kind, '2026-12-01', c.sha, 'ACCEPTED', p.created_at, p.subject, 'demo data'
    from patient p
    cross join (values ('TELEHEALTH', '38bf654007214565c8a31520355ee4e7dd14f98d7f4fcac0a8fface2d1e41364'),
                       ('REMOTE_MONITORING', '5c56999ec95ebb92eed06901ecb2aaac09e0a8fdfc267b6b8b91cd39ddff2cf1')) as c (kind, sha)
    where p.id in (pat, paula)
      and not exists (select 1 from consent_decision d where d.patient_id = p.id and d.kind = c.kind);

    if exists (select 1 from check_in where patient_id = pat) then
        return; -- demo history already there
    end if;

    for d in reverse 35..0 loop
        day_start := (today - d)::timestamp at time zone 'UTC';
        -- resting pain from 6 down to about 3 over five weeks, a worse day now and then
        rest_pain := least(10, greatest(1, round(6 - 3.0 * (35 - d) / 35)::int + case when d % 5 = 0 then 1 else 0 end));

        if d % 4 <> 3 and day_start + interval '20 hours' < now() then
            insert into check_in (id, patient_id, kind, pain, note, occurred_at, recorded_at)
            values (md5('motus-demo-daily-' || d)::uuid, pat, 'DAILY', rest_pain,
                    case when d % 5 = 0 then 'Long day at the desk.' end,
                    day_start + interval '20 hours', day_start + interval '20 hours');
        end if;

        started := day_start + interval '8 hours 30 minutes';
        if (d % 7 in (1, 3, 5) or (d < 14 and d % 7 = 6)) and started + interval '3 hours' < now() then
            sid := md5('motus-demo-session-' || d)::uuid;
            during_pain := case when d in (24, 10) then rest_pain + 1 else least(3, rest_pain) end;
            follow_up := case when d = 17 then rest_pain + 1 when d = 1 then null else rest_pain end;

            insert into exercise_session (id, patient_id, started_at, ended_at, average_heart_rate_bpm,
                                          peak_heart_rate_bpm, recorded_at)
            values (sid, pat, started, started + interval '25 minutes', 104, 121, started + interval '26 minutes');
            insert into session_item (session_id, position, exercise_id, sets, reps, hold_seconds, duration_minutes)
            values (sid, 1, '0b6f1c1e-3f0a-4c1e-9d1a-000000000001', null, null, null, 20),
                   (sid, 2, '0b6f1c1e-3f0a-4c1e-9d1a-000000000005', 2, null, 45, null);
            insert into check_in (id, patient_id, kind, pain, session_id, occurred_at, recorded_at)
            values (md5('motus-demo-before-' || d)::uuid, pat, 'BEFORE', rest_pain, sid, started, started + interval '26 minutes'),
                   (md5('motus-demo-during-' || d)::uuid, pat, 'DURING', during_pain, sid,
                    started + interval '12 minutes', started + interval '26 minutes'),
                   (md5('motus-demo-after-' || d)::uuid, pat, 'AFTER', least(10, during_pain), sid,
                    started + interval '25 minutes', started + interval '26 minutes');
            if follow_up is not null then
                insert into check_in (id, patient_id, kind, pain, session_id, occurred_at, recorded_at)
                values (md5('motus-demo-follow-up-' || d)::uuid, pat, 'FOLLOW_UP', follow_up, sid,
                        started + interval '2 hours 25 minutes', started + interval '2 hours 25 minutes');
            end if;

            -- clinical-rules.md §4 (ceiling 3/10) and rule 3 (back to the pain before within two hours)
            if during_pain > 3 then
                insert into flag (id, patient_id, session_id, kind, severity, detail, raised_at, acknowledged_at, acknowledged_by)
                values (md5('motus-demo-flag-ceiling-' || d)::uuid, pat, sid, 'ACTIVITY_CEILING_EXCEEDED', 'ROUTINE',
                        'Worst pain during or right after the session was ' || during_pain || '/10, above the ceiling of 3/10 (default).',
                        started + interval '26 minutes',
                        case when d > 10 then started + interval '1 day' end, case when d > 10 then tess end);
            end if;
            if follow_up is not null and follow_up > rest_pain then
                insert into flag (id, patient_id, session_id, kind, severity, detail, raised_at, acknowledged_at, acknowledged_by)
                values (md5('motus-demo-flag-not-back-' || d)::uuid, pat, sid, 'PAIN_NOT_BACK_TO_BASELINE', 'ROUTINE',
                        'Pain at the follow-up was ' || follow_up || '/10, above ' || rest_pain || '/10 before the session.',
                        started + interval '2 hours 25 minutes', started + interval '1 day', tess);
            end if;
        end if;
    end loop;

    -- Paula: a few daily readings, on nobody's caseload.
    for d in reverse 6..1 loop
        insert into check_in (id, patient_id, kind, pain, occurred_at, recorded_at)
        values (md5('motus-demo-paula-' || d)::uuid, paula, 'DAILY', 5 - d % 2,
                (today - d)::timestamp at time zone 'UTC' + interval '19 hours',
                (today - d)::timestamp at time zone 'UTC' + interval '19 hours');
    end loop;
end $$;
