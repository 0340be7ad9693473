-- The musculoskeletal screen (its form is data) and the functional goals.
create table screens (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    form_code    varchar(60)              not null,
    form_version varchar(40)              not null,
    taken_on     date                     not null,
    taken_at     timestamp with time zone not null,
    taken_by     varchar(100)             not null
);

create index screens_client on screens (client_id, taken_on);

create table screen_findings (
    screen_id  uuid          not null references screens (id),
    point_code varchar(60)   not null,
    result     varchar(20)   not null,
    side       varchar(10),
    range_degrees integer,
    strength   integer,
    notes      varchar(1000),
    primary key (screen_id, point_code)
);

create table goals (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    term         varchar(10)              not null,
    description  varchar(500)             not null,
    measure_code varchar(30),
    target_value numeric(10, 2),
    target_date  date                     not null,
    status       varchar(20)              not null,
    met_on       date,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)             not null
);

create index goals_client on goals (client_id, status);
