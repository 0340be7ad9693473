-- Functional outcome measurements; questionnaire answers are kept with their score.
create table measurements (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    measure_code varchar(30)              not null,
    measured_value numeric(10, 2)         not null,
    answers      varchar(500),
    measured_on  date                     not null,
    note         varchar(500),
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(100)             not null
);

create index measurements_client on measurements (client_id, measure_code, measured_on);
