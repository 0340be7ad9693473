-- Exercises a professional took out for one client, with why (e.g. one that spreads a disc
-- client's symptoms down the leg, catalogue row DSC-03): the engine excludes them for that client.
create table client_exercise_flags (
    client_id     uuid                     not null references clients (id),
    exercise_code varchar(64)              not null,
    reason        varchar(500)             not null,
    flagged_at    timestamp with time zone not null,
    flagged_by    varchar(100)             not null,
    primary key (client_id, exercise_code)
);
