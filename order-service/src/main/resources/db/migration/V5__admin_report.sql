-- Issue 15: the admin's scheduled report. One row per period (REPORT-DAILY-<day>, REPORT-WEEKLY-<monday>), inserted
-- in the transaction that writes the admin.report event to the outbox: the primary key lets exactly one instance
-- send a period, also after a restart.
create table admin_report (
    period_id      varchar(40)  primary key,
    period         varchar(8)   not null,
    from_day       date         not null,
    to_day         date         not null,
    event_id       uuid         not null,
    parts_missing  varchar(200),
    sent_at        timestamptz  not null
);
