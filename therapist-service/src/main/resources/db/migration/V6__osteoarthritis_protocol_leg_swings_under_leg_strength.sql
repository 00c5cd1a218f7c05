-- Issue 12 item 10: in the knee/hip osteoarthritis protocol, "Leg swings in water" (a STRENGTH
-- exercise) was filed under the heading "Water-based aerobic work". It belongs with the leg
-- strength work; the land-based aerobic alternative moves up to follow the aerobic item it
-- replaces on days without a pool. V3 stays as it was.
update protocol_item set position = 100 where id = '0c7a2d2f-4b1b-4d2f-8e2b-000300000002';
update protocol_item set position = 2 where id = '0c7a2d2f-4b1b-4d2f-8e2b-000300000003';
update protocol_item set position = 3, section = 'Leg strength', notes = 'On pool days: the water resists the movement.'
    where id = '0c7a2d2f-4b1b-4d2f-8e2b-000300000002';
