-- Removes what bench/data.sql made (patients whose subject starts with "bench-", their records,
-- care-team rows and the reminders planned for them) and the check-ins the ingest scenario posted for the demo patient pat
-- (Idempotency-Key starting with "bench-"). audit_event is append-only and keeps its rows.
delete from flag where patient_id in (select id from patient where subject like 'bench-%')
    or check_in_id in (select id from check_in where idempotency_key like 'bench-%');
delete from check_in where patient_id in (select id from patient where subject like 'bench-%')
    or idempotency_key like 'bench-%';
-- reminders patient-service's planner made for the generated patients while the stack ran (before
-- their sessions: a reminder may name one)
delete from reminder where patient_id in (select id from patient where subject like 'bench-%');
delete from reminder_plan where patient_id in (select id from patient where subject like 'bench-%');
delete from exercise_session where patient_id in (select id from patient where subject like 'bench-%');
delete from patient where subject like 'bench-%';
-- care-team rows the caseload scenario set aside for its baseline, left by an interrupted run
drop table if exists bench_set_aside;
