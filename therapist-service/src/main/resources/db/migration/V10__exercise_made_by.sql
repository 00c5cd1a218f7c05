-- Library items show who made them (issue 19 item 3): the name of the therapist who added a
-- clinic exercise, as their token said when they added it (therapist-service keeps no staff list).
alter table exercise add column created_by_name varchar(255);
