-- Condition protocols: read-only starting templates a therapist adapts (DOMAIN.md "Condition protocols").
-- Items point at library exercises; dosages follow DOMAIN.md "The three pillars" and rules 6-8.
create table protocol (
    id          uuid primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9-]{2,80}$'),
    name        text not null,
    conditions  text[] not null check (cardinality(conditions) > 0),
    summary     text not null,
    evidence    text not null
);

create table protocol_item (
    id                         uuid primary key,
    protocol_id                uuid not null references protocol (id),
    position                   integer not null check (position >= 1),
    section                    text,
    exercise_id                uuid not null references exercise (id),
    sets                       integer check (sets between 1 and 10),
    reps                       integer check (reps between 1 and 100),
    load_kg                    numeric(6, 2) check (load_kg > 0 and load_kg <= 500),
    hold_seconds               integer check (hold_seconds between 1 and 600),
    duration_minutes           integer check (duration_minutes between 1 and 300),
    sessions_per_day           integer not null check (sessions_per_day between 1 and 12),
    days_per_week              integer not null check (days_per_week between 1 and 7),
    weekdays                   text[],
    target_zone_low_percent    integer check (target_zone_low_percent between 1 and 100),
    target_zone_high_percent   integer check (target_zone_high_percent between 1 and 100),
    rest_seconds               integer check (rest_seconds between 0 and 3600),
    notes                      text,
    unique (protocol_id, position)
);


insert into protocol (id, slug, name, conditions, summary, evidence) values
('0c7a2d2f-4b1b-4d2f-8e2b-000000000001', 'low-back', 'Low back pain', '{LOW_BACK}', 'Walking plus a daily 15-minute core routine: bird-dog, dead bug, glute bridge, hamstring and hip-flexor stretches.',
 'DOMAIN.md "Condition protocols": a published 15-minute daily protocol reported a 62 % pain reduction in 6 weeks.');

insert into protocol_item (id, protocol_id, position, section, exercise_id, sets, reps, hold_seconds, duration_minutes,
    sessions_per_day, days_per_week, target_zone_low_percent, target_zone_high_percent, rest_seconds, notes) values
('0c7a2d2f-4b1b-4d2f-8e2b-000100000001', '0c7a2d2f-4b1b-4d2f-8e2b-000000000001', 1, 'Daily 15-minute core routine', (select id from exercise where slug = 'bird-dog'), 2, 8, null, 3, 1, 7, null, null, 30, 'Move slowly; keep the back flat.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000100000002', '0c7a2d2f-4b1b-4d2f-8e2b-000000000001', 2, 'Daily 15-minute core routine', (select id from exercise where slug = 'dead-bug'), 2, 8, null, 3, 1, 7, null, null, 30, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000100000003', '0c7a2d2f-4b1b-4d2f-8e2b-000000000001', 3, 'Daily 15-minute core routine', (select id from exercise where slug = 'glute-bridge'), 2, 10, null, 3, 1, 7, null, null, 30, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000100000004', '0c7a2d2f-4b1b-4d2f-8e2b-000000000001', 4, 'Daily 15-minute core routine', (select id from exercise where slug = 'hamstring-stretch'), 2, null, 30, 3, 1, 7, null, null, 15, 'Each leg.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000100000005', '0c7a2d2f-4b1b-4d2f-8e2b-000000000001', 5, 'Daily 15-minute core routine', (select id from exercise where slug = 'hip-flexor-stretch'), 2, null, 30, 3, 1, 7, null, null, 15, 'Each side.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000100000006', '0c7a2d2f-4b1b-4d2f-8e2b-000000000001', 6, 'Walking', (select id from exercise where slug = 'brisk-walk'), null, null, null, 30, 1, 5, 65, 75, null, 'Can talk, can''t sing.');

insert into protocol (id, slug, name, conditions, summary, evidence) values
('0c7a2d2f-4b1b-4d2f-8e2b-000000000002', 'neck-shoulder-office', 'Neck and shoulder (office worker)', '{NECK_SHOULDER}', 'Two-minute resistance-band sessions during the working day, chest and upper-back stretches, posture breaks.',
 'DOMAIN.md "Condition protocols" and rule 7: 2-minute band sessions gave near-equal relief to 12-minute routines; three a day on one area is a valid programme.');

insert into protocol_item (id, protocol_id, position, section, exercise_id, sets, reps, hold_seconds, duration_minutes,
    sessions_per_day, days_per_week, target_zone_low_percent, target_zone_high_percent, rest_seconds, notes) values
('0c7a2d2f-4b1b-4d2f-8e2b-000200000001', '0c7a2d2f-4b1b-4d2f-8e2b-000000000002', 1, '2-minute band sessions', (select id from exercise where slug = 'band-lateral-raise'), 2, 10, null, 2, 3, 5, null, null, 15, 'Three short sessions spread over the working day.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000200000002', '0c7a2d2f-4b1b-4d2f-8e2b-000000000002', 2, '2-minute band sessions', (select id from exercise where slug = 'band-row'), 2, 12, null, 2, 1, 5, null, null, 15, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000200000003', '0c7a2d2f-4b1b-4d2f-8e2b-000000000002', 3, 'Stretches', (select id from exercise where slug = 'doorway-chest-stretch'), 2, null, 30, null, 1, 7, null, null, 15, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000200000004', '0c7a2d2f-4b1b-4d2f-8e2b-000000000002', 4, 'Stretches', (select id from exercise where slug = 'upper-back-stretch'), 2, null, 30, null, 1, 7, null, null, 15, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000200000005', '0c7a2d2f-4b1b-4d2f-8e2b-000000000002', 5, 'Posture breaks', (select id from exercise where slug = 'chin-tuck'), 1, 10, null, null, 3, 5, null, null, 0, 'Once every couple of hours at the desk.');

insert into protocol (id, slug, name, conditions, summary, evidence) values
('0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 'knee-hip-osteoarthritis', 'Knee and hip osteoarthritis', '{KNEE_OA,HIP_OA}', 'Water-based aerobic work (with a land-based alternative), leg strength and gentle range of motion.',
 'DOMAIN.md rule 8: water-based exercise roughly halves joint load; reported pain relief 35-40 % vs 20-25 % on land.');

insert into protocol_item (id, protocol_id, position, section, exercise_id, sets, reps, hold_seconds, duration_minutes,
    sessions_per_day, days_per_week, target_zone_low_percent, target_zone_high_percent, rest_seconds, notes) values
('0c7a2d2f-4b1b-4d2f-8e2b-000300000001', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 1, 'Water-based aerobic work', (select id from exercise where slug = 'pool-walking'), null, null, null, 30, 1, 3, 65, 75, null, 'Preferred option: water roughly halves the load on the joints.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000300000002', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 2, 'Water-based aerobic work', (select id from exercise where slug = 'pool-leg-swings'), 2, 12, null, null, 1, 3, null, null, 30, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000300000003', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 3, 'Land-based alternative', (select id from exercise where slug = 'stationary-cycling'), null, null, null, 20, 1, 2, 65, 75, null, 'On days without pool access.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000300000004', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 4, 'Leg strength', (select id from exercise where slug = 'sit-to-stand'), 2, 10, null, null, 1, 3, null, null, 60, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000300000005', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 5, 'Leg strength', (select id from exercise where slug = 'seated-knee-extension'), 2, 12, null, null, 1, 3, null, null, 60, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000300000006', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 6, 'Leg strength', (select id from exercise where slug = 'side-lying-hip-abduction'), 2, 12, null, null, 1, 3, null, null, 60, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000300000007', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 7, 'Gentle range of motion', (select id from exercise where slug = 'heel-slide'), 2, 10, null, null, 1, 7, null, null, 30, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000300000008', '0c7a2d2f-4b1b-4d2f-8e2b-000000000003', 8, 'Gentle range of motion', (select id from exercise where slug = 'calf-stretch'), 2, null, 30, null, 1, 7, null, null, 15, null);

insert into protocol (id, slug, name, conditions, summary, evidence) values
('0c7a2d2f-4b1b-4d2f-8e2b-000000000004', 'sciatica', 'Sciatica', '{SCIATICA}', 'Straight-leg raises and a nerve-friendly progression: nerve sliders first, tensioners only when sliders cause no leg symptoms.',
 'DOMAIN.md "Condition protocols": straight-leg raises, nerve-friendly progression.');

insert into protocol_item (id, protocol_id, position, section, exercise_id, sets, reps, hold_seconds, duration_minutes,
    sessions_per_day, days_per_week, target_zone_low_percent, target_zone_high_percent, rest_seconds, notes) values
('0c7a2d2f-4b1b-4d2f-8e2b-000400000001', '0c7a2d2f-4b1b-4d2f-8e2b-000000000004', 1, 'Nerve-friendly movement', (select id from exercise where slug = 'straight-leg-raise'), 2, 10, null, null, 1, 7, null, null, 30, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000400000002', '0c7a2d2f-4b1b-4d2f-8e2b-000000000004', 2, 'Nerve-friendly movement', (select id from exercise where slug = 'sciatic-nerve-slider'), 2, 10, null, null, 1, 7, null, null, 30, 'Progress to the tensioner only after a week of sliders without leg symptoms.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000400000003', '0c7a2d2f-4b1b-4d2f-8e2b-000000000004', 3, 'Stretches', (select id from exercise where slug = 'piriformis-stretch'), 2, null, 30, null, 1, 7, null, null, 15, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000400000004', '0c7a2d2f-4b1b-4d2f-8e2b-000000000004', 4, 'Stretches', (select id from exercise where slug = 'knee-to-chest-stretch'), 2, null, 30, null, 1, 7, null, null, 15, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000400000005', '0c7a2d2f-4b1b-4d2f-8e2b-000000000004', 5, 'Walking', (select id from exercise where slug = 'brisk-walk'), null, null, null, 20, 1, 5, 65, 75, null, 'Short, regular walks; stop if leg symptoms spread.');

insert into protocol (id, slug, name, conditions, summary, evidence) values
('0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 'fibromyalgia', 'Fibromyalgia / chronic widespread pain', '{FIBROMYALGIA}', 'Moderate intensity only, in short bouts: gentle walking and water exercise, light strength, gentle mobility.',
 'DOMAIN.md rule 6: above 80 % of max heart rate is contraindicated (22 % worsened after intense exercise vs 8 % at moderate intensity).');

insert into protocol_item (id, protocol_id, position, section, exercise_id, sets, reps, hold_seconds, duration_minutes,
    sessions_per_day, days_per_week, target_zone_low_percent, target_zone_high_percent, rest_seconds, notes) values
('0c7a2d2f-4b1b-4d2f-8e2b-000500000001', '0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 1, 'Moderate aerobic work in short bouts', (select id from exercise where slug = 'gentle-walking-bouts'), null, null, null, 10, 2, 5, 65, 70, null, 'Never above 80 % of your maximum heart rate.'),
('0c7a2d2f-4b1b-4d2f-8e2b-000500000002', '0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 2, 'Moderate aerobic work in short bouts', (select id from exercise where slug = 'water-aerobics'), null, null, null, 20, 1, 2, 65, 70, null, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000500000003', '0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 3, 'Light strength', (select id from exercise where slug = 'sit-to-stand'), 2, 8, null, null, 1, 2, null, null, 60, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000500000004', '0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 4, 'Light strength', (select id from exercise where slug = 'wall-push-up'), 2, 8, null, null, 1, 2, null, null, 60, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000500000005', '0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 5, 'Gentle mobility', (select id from exercise where slug = 'cat-camel'), 2, 8, null, null, 1, 7, null, null, 30, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000500000006', '0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 6, 'Gentle mobility', (select id from exercise where slug = 'upper-trapezius-stretch'), 2, null, 30, null, 1, 7, null, null, 15, null),
('0c7a2d2f-4b1b-4d2f-8e2b-000500000007', '0c7a2d2f-4b1b-4d2f-8e2b-000000000005', 7, 'Gentle mobility', (select id from exercise where slug = 'standing-weight-shift'), 2, 10, null, null, 1, 7, null, null, 30, null);
