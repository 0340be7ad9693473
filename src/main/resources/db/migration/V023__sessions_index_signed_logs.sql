-- The last signed logs of a client's attended sessions, newest first, are read at every save (the
-- progression criteria, the rules on the last session's pain). With an index on (client_id,
-- started_at) beside this one, H2 chose that one for the order and read every log of the client
-- to find the signed ones; this index serves both (a client's logs are few enough to sort).
drop index session_logs_client;
create index session_logs_client_signed on session_logs (client_id, status, attendance, started_at desc, id);
