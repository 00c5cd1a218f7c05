-- Demonstration uploads move from a bytea column (read whole into memory on every request) to
-- PostgreSQL large objects, which the service reads in chunks from any offset (HTTP Range) while
-- streaming the response. Existing uploads are moved here, byte for byte.
alter table exercise_media add column content_oid oid;
update exercise_media set content_oid = lo_from_bytea(0, content);
alter table exercise_media alter column content_oid set not null;
alter table exercise_media drop column content;

-- A large object lives outside the row: remove it with the row (also when the exercise is deleted
-- and the row goes by cascade) and when an upload replaces it.
create function exercise_media_unlink_content() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.content_oid is distinct from old.content_oid then
        perform lo_unlink(old.content_oid);
    end if;
    return null;
end
$$;

create trigger exercise_media_unlink_content
    after update of content_oid or delete on exercise_media
    for each row execute function exercise_media_unlink_content();
