-- Password reset / resend login requests: one row per request that was actually sent to provisioning-service. A
-- repeated request inside order.password-reset.min-interval returns the earlier row instead of adding one.
create table password_reset_request (
    request_id      varchar(16)  primary key,
    order_id        varchar(16)  not null references orders (id),
    requested_by    varchar(100) not null,
    status          varchar(16)  not null,
    failure_reason  varchar(64),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index password_reset_request_order_idx on password_reset_request (order_id, created_at);
