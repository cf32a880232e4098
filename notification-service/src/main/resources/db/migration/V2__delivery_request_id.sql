-- Password-reset messages: a customer may reset the same order's password many times, so these deliveries are one
-- per reset request (order-service's requestId, kept across retries), not one per order like server-ready.
-- dedupe_key already carries the request id; this column shows it to the admin and the index states the rule in
-- the schema. Deliveries without a request (every other kind) keep their per-order dedupe_key and are not indexed.
alter table delivery add column request_id varchar(64);
create unique index delivery_per_request on delivery (order_id, kind, request_id) where request_id is not null;
