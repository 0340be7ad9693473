-- The MET-Q intake and what it establishes: conditions, medications, red flags, clearances.
create table intakes (
    id                     uuid                     not null primary key,
    client_id              uuid                     not null references clients (id),
    referring_physician_id uuid references physicians (id),
    category               varchar(30)              not null,
    medical_necessity      varchar(4000),
    diagnosed_by           varchar(200),
    surgeries              varchar(4000),
    medications            varchar(4000),
    history                varchar(4000),
    symptoms               varchar(4000),
    worsening_activities   varchar(4000),
    functional_goals       varchar(4000),
    systolic               integer,
    diastolic              integer,
    heart_rate             integer,
    spo2                   integer,
    glucose                integer,
    ketones                boolean,
    maintenance            boolean                  not null,
    taken_at               timestamp with time zone not null,
    taken_by               varchar(100)             not null
);

create index intakes_client on intakes (client_id, taken_at);

create table client_conditions (
    id             uuid                     not null primary key,
    client_id      uuid                     not null references clients (id),
    condition_code varchar(60)              not null,
    side           varchar(10),
    approach       varchar(30),
    event_date     date                     not null,
    icd10          varchar(10),
    active         boolean                  not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100)             not null
);

create index client_conditions_client on client_conditions (client_id);

create table red_flags (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    code         varchar(60)              not null,
    description  varchar(1000)            not null,
    level        varchar(20)              not null,
    origin       varchar(20)              not null,
    observed     varchar(2000),
    raised_at    timestamp with time zone not null,
    raised_by    varchar(100)             not null,
    clearance_id uuid,
    resolved_at  timestamp with time zone
);

create index red_flags_client on red_flags (client_id, resolved_at);

create table clearances (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    physician_id uuid                     not null references physicians (id),
    cleared_on   date                     not null,
    note         varchar(2000),
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(100)             not null
);

create index clearances_client on clearances (client_id, recorded_at);

-- Whether the client needs a physician's clearance before training, and why: kept on
-- its own so the guard answers with one indexed read.
create table training_holds (
    client_id   uuid                     not null primary key references clients (id),
    reason      varchar(60)              not null,
    since       timestamp with time zone not null
);
