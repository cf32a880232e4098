-- Runs once, when the compose postgres volume is first created (docker-entrypoint-initdb.d).
-- The role and databases the three services use; each service owns its database and migrates it with Flyway.
CREATE ROLE ptero LOGIN PASSWORD 'ptero';
CREATE DATABASE orders OWNER ptero;
CREATE DATABASE provisioning OWNER ptero;
CREATE DATABASE notifications OWNER ptero;
