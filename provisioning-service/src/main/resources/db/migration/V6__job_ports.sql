-- Issue 12: a job holds every port its package promises, and its completed event tells the customer everything.
-- additional_allocations: JSON list of the additional allocations this job placed (and created the server with), in
-- order, each {"allocationId", "ip", "port", "purpose"} (purpose: the egg variable given that port, or "extra").
-- sftp_host/sftp_port: the chosen node's fqdn and daemon SFTP port. confirmed_at: order.confirmed's occurredAt.
alter table provisioning_job add column additional_allocations text;
alter table provisioning_job add column sftp_host varchar(255);
alter table provisioning_job add column sftp_port integer;
alter table provisioning_job add column confirmed_at timestamptz;
