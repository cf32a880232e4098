-- Events already handled: the consumer records each eventId first, in the same transaction as its work.
create table processed_event (
    event_id     uuid primary key,
    event_type   varchar(64)  not null,
    order_id     varchar(64)  not null,
    processed_at timestamptz  not null
);

-- The delivery outbox: one row per message we owe someone. dedupe_key makes a replayed event a no-op.
create table delivery (
    id                    uuid primary key,
    dedupe_key            varchar(200) not null unique,
    order_id              varchar(64)  not null,
    correlation_id        varchar(100),
    event_id              uuid         not null,
    kind                  varchar(32)  not null,
    locale                varchar(8)   not null,
    recipient             varchar(32)  not null,
    customer_email        varchar(320),
    state                 varchar(16)  not null,
    -- the rendered message and template parameters, encrypted (AES-256-GCM); null once purged
    body_envelope         text,
    body_purged_at        timestamptz,
    force_template        boolean      not null default false,
    attempts              int          not null default 0,
    next_attempt_at       timestamptz,
    event_occurred_at     timestamptz  not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    sent_at               timestamptz,
    delivered_at          timestamptz,
    read_at               timestamptz,
    failed_at             timestamptz,
    failure_code          varchar(64),
    provider_message_id   varchar(200),
    channel               varchar(16),
    fallback              varchar(16),
    fallback_at           timestamptz,
    source_delivery_id    uuid,
    -- for progress notices: the saga step the notice reports (coalescing keeps the latest)
    progress_step         int
);
create index delivery_due on delivery (next_attempt_at) where state = 'PENDING';
create index delivery_order on delivery (order_id);
create index delivery_provider_message on delivery (provider_message_id);
create index delivery_sent_waiting on delivery (sent_at) where state = 'SENT';

-- Every try to hand a delivery to a channel, with its outcome.
create table delivery_attempt (
    id                  bigserial primary key,
    delivery_id         uuid         not null references delivery (id) on delete cascade,
    attempt_no          int          not null,
    channel             varchar(16)  not null,
    mode                varchar(16),
    outcome             varchar(24)  not null,
    provider_code       varchar(64),
    provider_message_id varchar(200),
    started_at          timestamptz  not null,
    duration_ms         bigint       not null
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id);

-- When each customer last wrote to the business number (opens the Cloud API's 24-hour window).
create table conversation_window (
    phone            varchar(32) primary key,
    last_inbound_at  timestamptz not null
);
