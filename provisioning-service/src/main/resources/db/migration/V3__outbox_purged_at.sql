-- A sent outbox row keeps its metadata but not the sealed password: once the broker confirmed the publish, the relay
-- removes the envelope's nonce and ciphertext from the payload and records when (OutboxRelay, OutboxPurge). Rows sent
-- before this column existed are swept by OutboxPurge when the relay starts.
alter table outbox_event add column purged_at timestamptz;
create index ix_outbox_unpurged on outbox_event (id) where sent_at is not null and purged_at is null;
