-- Issue 19 item 7: the clinic's own plan templates, next to the condition protocols. A template is
-- a protocol a therapist saved from a plan: no condition is required, its author is named, and it
-- can be removed again (plans started from it keep their items and lose only the link).
alter table protocol
    add column clinic_template  boolean not null default false,
    add column created_by       text,
    add column created_by_name  text,
    add column created_at       timestamptz;

alter table protocol drop constraint protocol_conditions_check;
alter table protocol add constraint protocol_conditions_check
    check (clinic_template or cardinality(conditions) > 0);
alter table protocol add constraint protocol_template_author
    check (not clinic_template or (created_by is not null and created_at is not null));
