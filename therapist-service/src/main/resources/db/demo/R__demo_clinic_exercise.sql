-- Demo data for the local launcher only (see R__demo_plans.sql for the switch): one clinic
-- exercise tess added to the library, a variant of the built-in glute bridge. Its demonstration
-- video is made by the build with ffmpeg and uploaded at start by library.DemoMedia, so the demo
-- exercises the whole video path (upload, type sniffing, Range streaming, seeking).
do $$
declare
    demo exercise%rowtype;
begin
    if '${motus_demo}' <> 'true' then
        return;
    end if;
    if exists (select 1 from exercise where id = 'de300000-0000-4000-8000-0000000e0001') then
        return;
    end if;
    select * into demo from exercise where slug = 'glute-bridge';
    if not found then
        return;
    end if;
    demo.id := 'de300000-0000-4000-8000-0000000e0001';
    demo.slug := 'clinic-bridge-with-hold';
    demo.name := 'Bridge with a five-second hold';
    demo.built_in := false;
    demo.created_by := '7e5a0c1e-0000-4000-8000-000000000001';
    demo.created_by_name := 'Tess Therapist';
    demo.created_at := now();
    demo.instructions := array[
        'Lie on your back with knees bent and feet flat, hip-width apart.',
        'Squeeze your buttocks and lift your hips until your body is a straight line from shoulders to knees.',
        'Hold at the top for five slow counts, breathing out.',
        'Lower yourself one vertebra at a time.'];
    insert into exercise select demo.*;
end $$;
