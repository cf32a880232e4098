-- One provisioning job per order; the saga state lives in this row.
create table provisioning_job (
    id                 uuid primary key,
    order_id           varchar(64)  not null,
    correlation_id     varchar(128) not null,
    event_id           uuid         not null,
    customer_json      text         not null,
    package_json       text         not null,
    confirmed_by       varchar(191),
    state              varchar(32)  not null,
    current_step       varchar(32)  not null,
    step_status        text         not null,
    attempts           integer      not null default 0,
    step_attempts      integer      not null default 0,
    last_error         text,
    failure_reason     varchar(32),
    failed_step        varchar(32),
    failure_detail     text,
    cancel_requested   boolean      not null default false,
    deadline           timestamptz,
    install_deadline   timestamptz,
    next_run_at        timestamptz  not null,
    lease_owner        varchar(64),
    lease_until        timestamptz,
    panel_user_id      bigint,
    panel_username     varchar(191),
    panel_email        varchar(191),
    user_creating      boolean      not null default false,
    user_created       boolean      not null default false,
    password_envelope  text,
    node_id            bigint,
    allocation_id      bigint,
    server_ip          varchar(191),
    server_port        integer,
    server_creating    boolean      not null default false,
    server_id          bigint,
    server_uuid        varchar(64),
    server_identifier  varchar(16),
    server_name        varchar(191),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    finished_at        timestamptz,
    version            bigint       not null default 0,
    constraint uq_provisioning_job_order unique (order_id)
);
create index ix_provisioning_job_runnable on provisioning_job (next_run_at) where state in ('PENDING', 'RUNNING', 'COMPENSATING');
create index ix_provisioning_job_state on provisioning_job (state, created_at);

create table job_step_log (
    id          bigserial primary key,
    job_id      uuid        not null references provisioning_job (id) on delete cascade,
    step        varchar(32) not null,
    outcome     varchar(32) not null,
    detail      text,
    duration_ms bigint      not null default 0,
    instance_id varchar(64),
    at          timestamptz not null
);
create index ix_job_step_log_job on job_step_log (job_id, id);

-- Inbound dedupe: every consumed eventId, recorded in the transaction that creates the job.
create table processed_event (
    event_id    uuid primary key,
    type        varchar(64) not null,
    received_at timestamptz not null
);

-- Transactional outbox: written with the job change, published by the relay with publisher confirms.
create table outbox_event (
    id          bigserial primary key,
    event_id    uuid         not null unique,
    type        varchar(64)  not null,
    order_id    varchar(64)  not null,
    payload     text         not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    integer      not null default 0
);
create index ix_outbox_unsent on outbox_event (id) where sent_at is null;

-- Allocations held by jobs between placement and server creation, so concurrent jobs never pick the same one.
create table allocation_reservation (
    allocation_id bigint primary key,
    node_id       bigint      not null,
    job_id        uuid        not null,
    memory        integer     not null,
    disk          integer     not null,
    created_at    timestamptz not null
);
create index ix_allocation_reservation_job on allocation_reservation (job_id);

-- Shared token bucket per panel API: every instance draws from the same row, so the per-minute limit holds across instances.
create table panel_rate_budget (
    bucket     varchar(32) primary key,
    tokens     double precision not null,
    updated_at timestamptz      not null
);
