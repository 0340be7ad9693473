-- The gate's notes (e.g. "on a beta-blocker: use RPE rather than heart rate") are kept with the
-- check, so the session log shows them too, not only the gate's page.
alter table vitals_checks add column notes varchar(4000);
