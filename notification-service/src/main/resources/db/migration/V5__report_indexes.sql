-- The notifications report's cohort is the deliveries created in a range of days.
create index delivery_created on delivery (created_at);
