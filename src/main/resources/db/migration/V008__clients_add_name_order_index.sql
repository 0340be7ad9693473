-- Lets a last-name search read its page in order and stop after it (docs/benchmarks.md).
create index clients_last_first_id on clients (last_name_key, first_name_key, id);
