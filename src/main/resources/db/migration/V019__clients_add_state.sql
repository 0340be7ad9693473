-- The state of a client's address: a claim names it (CMS-1500 item 5, the 837P subscriber's N4).
alter table clients add column state varchar(2);
