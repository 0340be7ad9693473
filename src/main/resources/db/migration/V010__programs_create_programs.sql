-- Exercise programs: a client's protocol, its current phase, and the exercises with their dose.
create table programs (
    id               uuid                     not null primary key,
    client_id        uuid                     not null references clients (id),
    protocol_code    varchar(64)              not null,
    condition_code   varchar(60)              not null,
    phase            integer                  not null,
    phase_started_on date                     not null,
    status           varchar(16)              not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)             not null,
    version          integer                  not null
);

create index programs_client on programs (client_id, status);
create index programs_status on programs (status);

-- An exercise in a program. Removing it keeps the row (removed_at); a rule added later that
-- excludes it suspends it (suspended_rules) until the professional replaces it.
create table program_entries (
    id                 uuid                     not null primary key,
    program_id         uuid                     not null references programs (id),
    exercise_code      varchar(64)              not null,
    sets               integer                  not null,
    reps               integer,
    minutes            integer,
    hold_seconds       integer,
    rpe_low            integer                  not null,
    rpe_high           integer                  not null,
    cautions           varchar(1000),
    caution_note       varchar(1000),
    added_at           timestamp with time zone not null,
    added_by           varchar(100)             not null,
    removed_at         timestamp with time zone,
    suspended_rules    varchar(1000),
    suspended_at       timestamp with time zone
);

create index program_entries_program on program_entries (program_id);

-- Every phase change, with the evidence that met the criteria.
create table program_phase_changes (
    id          uuid                     not null primary key,
    program_id  uuid                     not null references programs (id),
    from_phase  integer                  not null,
    to_phase    integer                  not null,
    evidence    varchar(4000)            not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(100)             not null
);

create index program_phase_changes_program on program_phase_changes (program_id, changed_at);
