-- The gateway replicas alive on this database, each refreshing its own row (replica.ReplicaHeartbeat).
-- With motus.signalling.relay=local a second live replica means rooms are split between them:
-- readiness says so (replica.SharedRoomsReadiness) instead of calls silently never connecting.
-- host + port name a replica's place: a replica restarted in the same place (a crash, a container
-- restart) is its own successor, not a second replica.
create table gateway_replica (
    id          uuid primary key,
    relay       varchar(20) not null check (relay in ('local', 'redis')),
    host        varchar(255) not null,
    port        integer not null,
    started_at  timestamptz not null,
    seen_at     timestamptz not null
);
create index gateway_replica_seen on gateway_replica (seen_at);
