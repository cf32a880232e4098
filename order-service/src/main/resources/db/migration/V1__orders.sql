-- Customers: one row per normalised (E.164) phone number.
create table customer (
    id          varchar(20)  primary key,
    phone       varchar(20)  not null unique,
    name        varchar(100) not null,
    email       varchar(254),
    locale      varchar(5)   not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

-- Orders, with a snapshot of the customer and package as ordered.
create table orders (
    id               varchar(16)  primary key,
    customer_id      varchar(20)  not null references customer (id),
    customer_name    varchar(100) not null,
    customer_phone   varchar(20)  not null,
    customer_email   varchar(254),
    locale           varchar(5)   not null,
    package_code     varchar(64)  not null,
    package_name     varchar(100) not null,
    game             varchar(64)  not null,
    duration_months  int          not null,
    price_per_month  bigint       not null,
    total_price      bigint       not null,
    status           varchar(16)  not null,
    correlation_id   varchar(64)  not null,
    confirmed_by     varchar(100),
    confirmed_at     timestamptz,
    cancel_reason    varchar(500),
    cancelled_at     timestamptz,
    server_id        bigint,
    server_identifier varchar(64),
    server_name      varchar(200),
    server_address   varchar(300),
    panel_url        varchar(300),
    panel_username   varchar(100),
    failure_reason   varchar(64),
    failed_step      varchar(64),
    failure_message  varchar(1000),
    failure_detail   varchar(2000),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index orders_customer_idx on orders (customer_id, created_at desc);
create index orders_status_idx on orders (status, created_at desc);

-- What happened to an order: status changes and provisioning steps, in order.
create table order_timeline (
    id           bigserial    primary key,
    order_id     varchar(16)  not null references orders (id),
    kind         varchar(16)  not null,
    status       varchar(16),
    step         varchar(64),
    step_index   int,
    total_steps  int,
    message      varchar(2000),
    actor        varchar(100),
    event_id     uuid,
    occurred_at  timestamptz  not null
);
create index order_timeline_order_idx on order_timeline (order_id, id);

-- Idempotency-Key of a create request: the request's fingerprint and the order it made.
create table idempotency_key (
    idempotency_key  varchar(200) primary key,
    request_hash     varchar(64)  not null,
    order_id         varchar(16)  not null,
    created_at       timestamptz  not null
);

-- Transactional outbox: written with the status change, published by OutboxRelay.
create table outbox_event (
    id           uuid         primary key,
    aggregate_id varchar(64)  not null,
    exchange     varchar(64)  not null,
    type         varchar(64)  not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz
);
create index outbox_event_pending_idx on outbox_event (created_at) where sent_at is null;

-- Inbound events already handled (consumers dedupe on eventId).
create table processed_event (
    event_id      uuid         primary key,
    type          varchar(64)  not null,
    order_id      varchar(64),
    processed_at  timestamptz  not null
);
