-- Issue 15: one row per node per hour (the hour truncated, UTC) for the capacity report's history. The primary key
-- makes the snapshot of an hour happen once, however many instances (or restarts) try: insert ... on conflict do
-- nothing. Rows older than CAPACITY_SNAPSHOT_RETENTION (default 90 days) are purged by the snapshot job.
-- Memory and disk in MiB as the panel counts them; the totals include the node's overallocation.
create table capacity_snapshot (
    node_id           bigint       not null,
    hour              timestamptz  not null,
    node_name         varchar(191) not null,
    memory_used_mb    bigint       not null,
    memory_total_mb   bigint       not null,
    disk_used_mb      bigint       not null,
    disk_total_mb     bigint       not null,
    allocations_used  integer      not null,
    allocations_total integer      not null,
    taken_at          timestamptz  not null,
    constraint pk_capacity_snapshot primary key (node_id, hour)
);
create index ix_capacity_snapshot_hour on capacity_snapshot (hour);
