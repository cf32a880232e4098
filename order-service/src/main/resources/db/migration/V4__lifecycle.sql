-- Issue 13: the server's life after provisioning. A completed order's server has a term (expires_at) and a service
-- state; the lifecycle schedule claims orders whose lifecycle_due_at has come (FOR UPDATE SKIP LOCKED) and decides
-- what is due: a reminder, a suspension, a last warning, a termination.
alter table orders add column trial_duration       varchar(32);
alter table orders add column expires_at           timestamptz;
alter table orders add column service_state        varchar(16);
alter table orders add column reminders_sent       int not null default 0;
alter table orders add column suspended_at         timestamptz;
alter table orders add column terminates_at        timestamptz;
alter table orders add column termination_warned_at timestamptz;
alter table orders add column terminated_at        timestamptz;
alter table orders add column lifecycle_due_at     timestamptz;
alter table orders add column pending_action_id    varchar(16);
create index orders_lifecycle_due_idx on orders (lifecycle_due_at)
    where service_state in ('ACTIVE', 'SUSPENDED');
create index orders_expiry_idx on orders (expires_at) where service_state is not null;

-- What order-service asked provisioning-service to do to a server, and the answer.
create table lifecycle_action (
    id            varchar(16)  primary key,
    order_id      varchar(16)  not null references orders (id),
    action        varchar(16)  not null,
    reason        varchar(200) not null,
    requested_by  varchar(100) not null,
    change_id     varchar(16),
    status        varchar(16)  not null,
    detail        varchar(2000),
    created_at    timestamptz  not null,
    finished_at   timestamptz
);
create index lifecycle_action_order_idx on lifecycle_action (order_id, created_at);

-- A renewal or a package change: PENDING until the admin confirms (or cancels) it.
create table order_change (
    id                varchar(16)  primary key,
    order_id          varchar(16)  not null references orders (id),
    kind              varchar(16)  not null,
    months            int,
    new_package_code  varchar(64),
    new_package_name  varchar(100),
    amount            bigint       not null,
    status            varchar(16)  not null,
    requested_by      varchar(100) not null,
    confirmed_by      varchar(100),
    detail            varchar(2000),
    new_expires_at    timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create index order_change_order_idx on order_change (order_id, created_at);
create unique index order_change_one_pending_idx on order_change (order_id, kind) where status = 'PENDING';

-- The admin's daily list of what expires soon: one row per store-time-zone day, inserted by whoever sends it.
create table lifecycle_digest (
    day      date         primary key,
    sent_at  timestamptz  not null
);
