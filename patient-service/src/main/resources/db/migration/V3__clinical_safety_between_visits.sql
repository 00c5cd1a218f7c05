-- Issue 12, clinical safety between visits (DOMAIN.md rules 12-18).

-- Rule 13: a per-patient activity ceiling set by the treating therapist with a reason (null = the
-- default 3/10). Rule 18: the patient's IANA time zone, taken from the browser at first sign-in.
alter table patient
    add column activity_ceiling        smallint check (activity_ceiling between 0 and 10),
    add column activity_ceiling_reason text check (length(activity_ceiling_reason) between 1 and 500),
    add column activity_ceiling_set_by text check (length(activity_ceiling_set_by) between 1 and 255),
    add column activity_ceiling_set_at timestamptz,
    add column time_zone               text not null default 'UTC' check (length(time_zone) between 1 and 64),
    add column time_zone_set_at        timestamptz,
    add constraint patient_activity_ceiling_complete check (
        (activity_ceiling is null) = (activity_ceiling_reason is null)
        and (activity_ceiling is null) = (activity_ceiling_set_by is null)
        and (activity_ceiling is null) = (activity_ceiling_set_at is null));

-- Rule 16: red-flag answers, comma-separated RedFlag codes; null = not screened, '' = all no.
-- Rule 13: the ceiling in force when the session was logged (older sessions had the 3/10 default).
alter table exercise_session
    add column red_flags    text check (red_flags ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    add column ceiling_used smallint not null default 3 check (ceiling_used between 0 and 10);

-- Rule 14: the item's prescribed heart-rate zone, copied from the plan; both or neither.
alter table session_item
    add column target_zone_low_percent  smallint check (target_zone_low_percent between 1 and 100),
    add column target_zone_high_percent smallint check (target_zone_high_percent between 1 and 100),
    add constraint session_item_zone_complete check (
        (target_zone_low_percent is null) = (target_zone_high_percent is null)
        and (target_zone_low_percent is null or target_zone_low_percent <= target_zone_high_percent));

-- Rule 16 on check-ins; rule 12: a FOLLOW_UP after its window is stored as late.
alter table check_in
    add column red_flags text check (red_flags ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    add column late      boolean,
    add constraint check_in_late_only_for_follow_up check (late is null or kind = 'FOLLOW_UP'),
    -- lets flags point at a check-in *of the same patient*
    add constraint check_in_id_patient unique (id, patient_id);

-- Rule 17: every flag has a severity; a flag may come from a check-in (red flag, high daily pain)
-- or from no single reading (trends). open_key keeps trend flags at one open per kind and patient.
alter table flag drop constraint flag_kind_check;
alter table flag
    alter column session_id drop not null,
    add column check_in_id uuid,
    add column severity    text,
    add column red_flags   text not null default '' check (red_flags ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    add column open_key    text check (length(open_key) between 1 and 60),
    add constraint flag_kind_check check (kind in ('RED_FLAG', 'HEART_RATE_ABOVE_CAP', 'TWO_HOUR_RULE_MISSED_TWICE',
        'HIGH_DAILY_PAIN', 'WORSENING_TREND', 'BEHIND_EXPECTED_COURSE', 'ACTIVITY_CEILING_EXCEEDED',
        'PAIN_NOT_BACK_TO_BASELINE')),
    add constraint flag_check_in_of_patient foreign key (check_in_id, patient_id) references check_in (id, patient_id),
    add constraint flag_detail_length check (length(detail) <= 1000);
alter table flag drop constraint flag_detail_check;
update flag set severity = 'ROUTINE';
alter table flag
    alter column severity set not null,
    add constraint flag_severity_check check (severity in ('URGENT', 'HIGH', 'ROUTINE'));
create unique index flag_one_per_check_in on flag (check_in_id, kind) where check_in_id is not null;
create unique index flag_one_open_per_key on flag (patient_id, open_key) where open_key is not null and acknowledged_at is null;
