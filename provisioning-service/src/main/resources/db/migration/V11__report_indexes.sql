-- The provisioning report's cohort is the jobs created in a range; the capacity report's growth reads the jobs
-- finished in the last 14 days. ix_provisioning_job_state (state, created_at) serves neither.
create index ix_provisioning_job_created on provisioning_job (created_at);
create index ix_provisioning_job_finished on provisioning_job (finished_at);
