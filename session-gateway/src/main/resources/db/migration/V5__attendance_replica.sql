-- The gateway replica whose socket an attendance is (replica.ReplicaHeartbeat's id). A replica that
-- dies (kill -9, a lost machine) never records its participants as gone; once its heartbeat row has
-- lapsed, a surviving replica closes the attendances it left open (visit.DeadReplicaAttendance), so
-- the visit record and the unattended-visit check no longer count them as still in the room.
-- Rows from before this column have no replica and are left to the stale-connection rule.
alter table visit_attendance add column replica_id uuid;
create index visit_attendance_open_by_replica on visit_attendance (replica_id) where left_at is null;
