-- The panel refused the start signal for good (START step): the server is built but not running, so the completed
-- event must not tell the customer it already runs.
alter table provisioning_job add column start_refused boolean not null default false;
