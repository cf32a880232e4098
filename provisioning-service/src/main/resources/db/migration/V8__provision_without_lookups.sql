-- A returning customer's panel login is known from our own records (issue 14: no lookup per order): the username
-- and email the panel gave the user, next to its id, recorded when an order's event carrying them was published.
alter table customer_account add column panel_username varchar(191);
alter table customer_account add column panel_email varchar(191);

-- A reservation outlives the server's creation for a while (settled_at set): every instance reads the panel's nodes
-- from a cache refreshed in the background, and until its next refresh another instance's cache does not show the
-- new server. A settled reservation keeps counting there, unless that instance's nodes already show its allocation
-- assigned, and is purged once every cache has been refreshed since.
alter table allocation_reservation add column settled_at timestamptz;
