-- One row per customer: who may set the customer's panel password right now (the holder: one job or one reset at
-- a time, across instances), and what became of the last password we set (which order or reset carries it, and
-- whether it reached the customer). Serialises one customer's concurrent orders so that every message that
-- promises a password carries the one that works.
create table customer_account (
    customer_id          varchar(64)  primary key,
    panel_user_id        bigint,
    holder               varchar(64),
    held_since           timestamptz,
    password_order_id    varchar(64),
    password_request_id  varchar(64),
    password_state       varchar(16)  not null,
    password_state_at    timestamptz  not null,
    updated_at           timestamptz  not null
);

-- The job set the customer's password (a new user, or a new password for an existing one) and its event carries it.
alter table provisioning_job add column password_issued boolean not null default false;
update provisioning_job set password_issued = user_created;
