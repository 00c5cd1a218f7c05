-- Motus benchmark data, run against patient-service's database (motus_patient) of the PostgreSQL
-- that ./motus up started (localhost:15432, user postgres). bench/run does it; by hand:
--   PGPASSWORD=postgres psql -h localhost -p 15432 -U postgres -d motus_patient -v ON_ERROR_STOP=1 -f bench/data.sql
--
-- What it makes (dates relative to today, UTC; every row obeys the Flyway schema's constraints):
--   * 200 patients "Bench Patient NNN" (subject bench-patient-NNN; the ingest scenario of
--     bench.mjs gives each a Keycloak account whose user id is that subject), each with 365 days of data: a DAILY check-in every day and an
--     exercise session on 4 days a week (one session_item, BEFORE and AFTER check-ins of that
--     session). All 200 are on tess's caseload (the demo therapist, who can sign in); the odd
--     ones are also on the caseload of a second therapist (subject bench-therapist-2, no account).
--   * bench-patient-2y: the same for 730 days (2 years), on tess's caseload.
--   * bench-patient-24: 24 DAILY check-ins (the small baseline), on tess's caseload.
-- Rerunning replaces everything it made before (rows of patients whose subject starts with
-- "bench-"); demo patients are not touched. bench/clean.sql removes it all.
\set ON_ERROR_STOP on
begin;
\i bench/clean.sql

create temporary table bench_p (n int, id uuid, subject text, days int) on commit drop;
insert into bench_p
select n, md5('motus-bench-patient-' || n)::uuid, 'bench-patient-' || lpad(n::text, 3, '0'), 365
from generate_series(1, 200) n;
insert into bench_p values (1001, md5('motus-bench-two-years')::uuid, 'bench-patient-2y', 730),
                           (1002, md5('motus-bench-small')::uuid, 'bench-patient-24', 0);

insert into patient (id, subject, display_name, date_of_birth, baseline_pain, contact_channel,
                     prescribed_sessions_per_week, created_at, updated_at)
select id, subject, 'Bench Patient ' || subject, date '1960-01-01' + (n * 37 % 20000), 6, 'APP', 4,
       now() - make_interval(days => greatest(days, 30) + 1), now() - make_interval(days => greatest(days, 30) + 1)
from bench_p;

insert into patient_condition (patient_id, code)
select id, (array['LOW_BACK', 'NECK_SHOULDER', 'KNEE_OA', 'HIP_OA', 'SCIATICA', 'FIBROMYALGIA'])[1 + n % 6] from bench_p;

insert into care_team_member (patient_id, therapist_subject, assigned_at)
select id, '7e5a0c1e-0000-4000-8000-000000000001', now() - make_interval(days => greatest(days, 30) + 1) from bench_p;
insert into care_team_member (patient_id, therapist_subject, assigned_at)
select id, 'bench-therapist-2', now() - make_interval(days => days + 1) from bench_p where n <= 200 and n % 2 = 1;

-- one row per patient and day; d = days ago (d >= 1 keeps every timestamp in the past)
create temporary table bench_day on commit drop as
select p.n, p.id, d, ((now() at time zone 'UTC')::date - d)::timestamp at time zone 'UTC' as day_start,
       -- resting pain falling from 7 towards 2 over the year, a worse day now and then
       least(10, greatest(0, 7 - (5 * (p.days - d) / greatest(p.days, 1)) + case when (d + p.n) % 9 = 0 then 2 else 0 end))::smallint as pain
from bench_p p, generate_series(1, 730) d
where d <= p.days;

insert into check_in (id, patient_id, kind, pain, occurred_at, recorded_at)
select md5('bench-daily-' || n || '-' || d)::uuid, id, 'DAILY', pain, day_start + interval '20 hours', day_start + interval '20 hours'
from bench_day;

-- the 24 check-ins of the small baseline patient
insert into check_in (id, patient_id, kind, pain, occurred_at, recorded_at)
select md5('bench-daily-1002-' || d)::uuid, p.id, 'DAILY', 5 - d / 8,
       ((now() at time zone 'UTC')::date - d)::timestamp at time zone 'UTC' + interval '20 hours',
       ((now() at time zone 'UTC')::date - d)::timestamp at time zone 'UTC' + interval '20 hours'
from bench_p p, generate_series(1, 24) d where p.n = 1002;

insert into exercise_session (id, patient_id, started_at, ended_at, average_heart_rate_bpm, peak_heart_rate_bpm, recorded_at)
select md5('bench-session-' || n || '-' || d)::uuid, id, day_start + interval '8 hours 30 minutes',
       day_start + interval '8 hours 55 minutes', 104, 121, day_start + interval '8 hours 56 minutes'
from bench_day where (d + n) % 7 in (0, 2, 4, 5);

insert into session_item (session_id, position, exercise_id, duration_minutes)
select md5('bench-session-' || n || '-' || d)::uuid, 1, '0b6f1c1e-3f0a-4c1e-9d1a-000000000001', 20
from bench_day where (d + n) % 7 in (0, 2, 4, 5);

insert into check_in (id, patient_id, kind, pain, session_id, occurred_at, recorded_at)
select md5('bench-' || k.kind || '-' || n || '-' || d)::uuid, id, k.kind, least(3, pain),
       md5('bench-session-' || n || '-' || d)::uuid, day_start + k.at, day_start + k.at
from bench_day, (values ('BEFORE', interval '8 hours 29 minutes'), ('AFTER', interval '8 hours 56 minutes')) k(kind, at)
where (d + n) % 7 in (0, 2, 4, 5);

commit;
analyze patient; analyze care_team_member; analyze check_in; analyze exercise_session; analyze session_item;

select count(*) as bench_patients,
       (select count(*) from check_in c join patient p on p.id = c.patient_id and p.subject like 'bench-%') as check_ins,
       (select count(*) from exercise_session s join patient p on p.id = s.patient_id and p.subject like 'bench-%') as sessions
from patient where subject like 'bench-%';
