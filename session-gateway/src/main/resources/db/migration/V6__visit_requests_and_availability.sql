-- Scheduling (issue 19 item 4): a patient asks for a visit in a free slot of a therapist's weekly
-- hours (REQUESTED, holding the slot until the therapist confirms it), and either participant
-- moves or cancels a visit with a reason the other one reads.
alter table visit drop constraint visit_status_check;
alter table visit add constraint visit_status_check
    check (status in ('REQUESTED', 'SCHEDULED', 'WAITING', 'IN_PROGRESS', 'ENDED', 'CANCELLED'));
alter table visit add column requested_by varchar(20);   -- PATIENT when the patient asked for it; null when booked
alter table visit add column cancel_reason varchar(500);
alter table visit add column moved_at timestamptz;
alter table visit add column moved_by varchar(20);       -- THERAPIST or PATIENT: who moved it last
alter table visit add column move_reason varchar(500);

-- A therapist's weekly hours for video visits, in their own time zone (a window 09:00-12:00 on
-- Mondays stays 09:00-12:00 local across daylight-saving changes).
create table therapist_availability (
    therapist_subject varchar(255) primary key,
    therapist_name    varchar(255) not null,
    time_zone         varchar(64) not null,
    updated_at        timestamptz not null
);

create table availability_window (
    id                uuid primary key,
    therapist_subject varchar(255) not null references therapist_availability (therapist_subject) on delete cascade,
    day_of_week       smallint not null check (day_of_week between 1 and 7),   -- ISO: 1 Monday .. 7 Sunday
    starts_at         time not null,
    ends_at           time not null,
    check (starts_at < ends_at)
);
create index availability_window_therapist on availability_window (therapist_subject, day_of_week);
