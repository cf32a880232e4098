-- Chat messages the endpoint answered, keyed by the WhatsApp message id: a redelivered message gets the stored answer
-- and runs nothing again. The row is inserted in the transaction that runs the command, so a second copy arriving at
-- the same moment waits on the key until the first commits (then reads its answer) or rolls back (then runs itself).
-- Rows older than order.chat.retention are purged.
create table chat_message (
    message_id  varchar(128) primary key,
    sender      varchar(20)  not null,
    command     varchar(40),
    answer      text,
    created_at  timestamptz  not null
);
create index chat_message_created_idx on chat_message (created_at);

-- Commands per sender in the current rate-limit window (one minute from the window's first command). Kept in the
-- database so every instance counts the same.
create table chat_rate (
    sender        varchar(20) primary key,
    window_start  timestamptz not null,
    count         integer     not null
);
