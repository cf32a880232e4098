-- One row per lifecycle action order-service asked for (lifecycle.action-requested): stored PENDING by the consumer,
-- driven to DONE or FAILED by the lifecycle processor, whose outcome event goes to the outbox in the transaction that
-- ends the row. action_id is order-service's id of the action: a redelivery or a republish with a new eventId finds
-- the row and changes nothing, so the panel is called for one action once.
create table lifecycle_action (
    id              bigserial primary key,
    action_id       varchar(64)  not null,
    event_id        uuid         not null,
    order_id        varchar(64)  not null,
    correlation_id  varchar(128) not null,
    action          varchar(16)  not null,
    customer_json   text         not null,
    server_id       bigint       not null,
    server_identifier varchar(64),
    package_code    varchar(64),
    requested_by    varchar(100) not null,
    reason          varchar(200),
    state           varchar(16)  not null,
    attempts        integer      not null default 0,
    next_run_at     timestamptz  not null,
    lease_owner     varchar(64),
    lease_until     timestamptz,
    failure_reason  varchar(32),
    last_error      text,
    user_deleted    boolean      not null default false,
    detail          text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    finished_at     timestamptz,
    constraint uq_lifecycle_action_action unique (action_id)
);
create index ix_lifecycle_action_due on lifecycle_action (next_run_at) where state in ('PENDING', 'RUNNING');
create index ix_lifecycle_action_order on lifecycle_action (order_id, id);
create index ix_lifecycle_action_server on lifecycle_action (server_id, id) where state in ('PENDING', 'RUNNING');
