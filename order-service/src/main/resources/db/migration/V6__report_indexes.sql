-- The reports read orders placed in a range of days, and the renewals/package changes applied in it: without these,
-- every report (and the scheduled one's waiting ticks) scanned both tables.
create index orders_created_idx on orders (created_at);
create index order_change_applied_idx on order_change (updated_at) where status = 'APPLIED';
