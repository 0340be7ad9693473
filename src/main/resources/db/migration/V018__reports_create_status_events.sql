-- What the physician hears of in a change-in-status letter besides a change of the client's
-- status (a pause, a return, a red flag): a hospital stay staff record, and a new diagnosis
-- (a condition added to a client in training). The letter is due within 24 hours of
-- recorded_at, when the practice learned of it.
create table status_events (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    kind         varchar(20)              not null,
    occurred_on  date                     not null,
    ended_on     date,
    description  varchar(1000)            not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(100)             not null
);

create index status_events_client on status_events (client_id, recorded_at);
