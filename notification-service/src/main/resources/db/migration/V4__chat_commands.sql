-- Chat commands typed on the store's number (CHAT_COMMANDS=on): stored when the webhook arrives, answered in the
-- background by order-service. message_id is unique: a redelivered webhook (or the same message on both webhooks)
-- adds nothing. The text and the sender's profile name are kept encrypted (AES-256-GCM, like delivery bodies), only
-- until order-service has answered; the command word is the only part in clear.
create table chat_command (
    id               uuid primary key,
    message_id       varchar(200) not null unique,
    sender           varchar(32)  not null,
    channel          varchar(16)  not null,
    command          varchar(40)  not null,
    text_envelope    text,
    state            varchar(16)  not null,
    attempts         int          not null default 0,
    next_attempt_at  timestamptz,
    received_at      timestamptz  not null,
    updated_at       timestamptz  not null,
    answered_at      timestamptz,
    -- order-service's answer: the command it recognised, replies queued and refused; or why we gave up
    handled_as       varchar(40),
    replies          int,
    refused_replies  int,
    failure_code     varchar(64)
);
create index chat_command_due on chat_command (next_attempt_at) where state = 'PENDING';

-- Replies to one inbound message go out in order: a reply is not sent while the one before it is still pending.
alter table delivery add column follows_delivery_id uuid;
