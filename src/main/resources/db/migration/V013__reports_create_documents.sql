-- The practice's documents to physicians (introductory letter, assessment summary, 30-day
-- progress report, change-in-status letter, discharge summary). A DRAFT is edited by the
-- exercise professional; once SIGNED it never changes. `sections` holds the edited text,
-- `snapshot` the recorded data the document shows, frozen when it is signed.
create table documents (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    kind         varchar(30)              not null,
    physician_id uuid                     references physicians (id),
    period_from  date,
    period_to    date,
    status       varchar(8)               not null,
    sections     varchar(20000)           not null,
    snapshot     varchar(200000)          not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)             not null,
    signed_at    timestamp with time zone,
    signed_by    varchar(100),
    version      integer                  not null
);

create index documents_client on documents (client_id, kind, created_at);

-- The client's next visit to their physician: a progress report is due before it.
create table physician_visits (
    id           uuid                     not null primary key,
    client_id    uuid                     not null references clients (id),
    physician_id uuid                     references physicians (id),
    visit_on     date                     not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(100)             not null
);

create index physician_visits_client on physician_visits (client_id, visit_on);
