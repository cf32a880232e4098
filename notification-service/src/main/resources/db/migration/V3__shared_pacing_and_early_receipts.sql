-- Pacing and early receipts decide behaviour, so they live here, shared by every instance and kept across restarts.

-- When the last message to each WhatsApp number took its slot (Meta's pair rate limit), on the database's clock so
-- instances with drifting clocks agree. One upsert per send takes the slot only when the previous one is at least
-- the spacing old (a row comes back) and otherwise changes nothing. Long-past rows are purged by the deadline watcher.
create table recipient_pace (
    phone         varchar(32) primary key,
    last_send_at  timestamptz not null
);

-- Receipts naming a provider message id no delivery has yet (the gateway answered before our send call returned).
-- Claimed (deleted) by the transaction that records that id; never-matched ones are purged after a day.
create table early_receipt (
    id                   bigserial    primary key,
    provider_message_id  varchar(200) not null,
    delivery_id          uuid,
    status               varchar(16)  not null,
    error_code           int,
    channel              varchar(16),
    received_at          timestamptz  not null
);
create index early_receipt_message on early_receipt (provider_message_id);
create index early_receipt_received on early_receipt (received_at);
