-- The pre-session safety gate: each check with its readings, decision and reasons.
create table vitals_checks (
    id          uuid                     not null primary key,
    client_id   uuid                     not null references clients (id),
    checked_at  timestamp with time zone not null,
    checked_by  varchar(100)             not null,
    systolic    integer                  not null,
    diastolic   integer                  not null,
    heart_rate  integer                  not null,
    spo2        integer,
    glucose     integer,
    ketones     boolean,
    symptoms    varchar(500),
    decision    varchar(8)               not null,
    reasons     varchar(4000)            not null
);

create index vitals_checks_client on vitals_checks (client_id, checked_at);

-- Session logs, not SOAP notes. A DRAFT is saved as it is typed; once SIGNED it never changes
-- (the application refuses every change; corrections are addenda). content_hash is the SHA-256
-- of the signed content, so that a change made behind the application's back is visible.
create table session_logs (
    id               uuid                     not null primary key,
    client_id        uuid                     not null references clients (id),
    author           varchar(100)             not null,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone not null,
    attendance       varchar(12)              not null,
    vitals_check_id  uuid                     references vitals_checks (id),
    rpe_scale        varchar(10)              not null,
    notes            varchar(4000),
    systolic_after   integer,
    diastolic_after  integer,
    heart_rate_after integer,
    spo2_after       integer,
    status           varchar(8)               not null,
    sign_due_at      timestamp with time zone not null,
    signed_at        timestamp with time zone,
    content_hash     char(64),
    version          integer                  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index session_logs_client on session_logs (client_id, started_at);
create index session_logs_author_status on session_logs (author, status);
create index session_logs_late on session_logs (status, sign_due_at);

create table session_entries (
    session_id          uuid          not null references session_logs (id),
    position            integer       not null,
    exercise_code       varchar(64)   not null,
    sets                integer,
    reps                integer,
    load_kg             decimal(6, 2),
    duration_minutes    integer,
    rpe                 decimal(4, 1),
    pain_before         integer,
    pain_after          integer,
    tolerance           varchar(8),
    systolic_during     integer,
    diastolic_during    integer,
    heart_rate_during   integer,
    spo2_during         integer,
    cautions            varchar(1000),
    caution_note        varchar(1000),
    note                varchar(1000),
    primary key (session_id, position)
);

-- The direct one-to-one minutes of the session by kind of service (billing turns them into units).
create table session_minutes (
    session_id uuid        not null references session_logs (id),
    kind       varchar(30) not null,
    minutes    integer     not null,
    primary key (session_id, kind)
);

-- Dated corrections and late entries by named staff; the signed log stays as it was.
create table session_addenda (
    id          uuid                     not null primary key,
    session_id  uuid                     not null references session_logs (id),
    text        varchar(4000)            not null,
    written_at  timestamp with time zone not null,
    written_by  varchar(100)             not null
);

create index session_addenda_session on session_addenda (session_id, written_at);
