-- One row per credentials.reset-requested event: stored PENDING by the consumer, driven to DONE or FAILED by the
-- reset processor. The new password is never stored here: it goes straight from the panel call into the sealed
-- outbox event.
create table credential_reset (
    id              bigserial primary key,
    event_id        uuid         not null,
    request_id      varchar(64)  not null,
    order_id        varchar(64)  not null,
    correlation_id  varchar(128) not null,
    customer_json   text         not null,
    requested_by    varchar(191),
    state           varchar(16)  not null,
    attempts        integer      not null default 0,
    next_run_at     timestamptz  not null,
    lease_owner     varchar(64),
    lease_until     timestamptz,
    failure_reason  varchar(32),
    last_error      text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    finished_at     timestamptz,
    constraint uq_credential_reset_event unique (event_id)
);
create index ix_credential_reset_due on credential_reset (next_run_at) where state in ('PENDING', 'RUNNING');
create index ix_credential_reset_order on credential_reset (order_id, id);
