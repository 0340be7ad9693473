-- The client registry. Name keys are lower-cased copies for indexed prefix search.
create table clients (
    id                             uuid                     not null primary key,
    first_name                     varchar(100)             not null,
    last_name                      varchar(100)             not null,
    first_name_key                 varchar(100)             not null,
    last_name_key                  varchar(100)             not null,
    date_of_birth                  date                     not null,
    sex                            varchar(10)              not null,
    email                          varchar(254),
    phone                          varchar(40),
    address_line                   varchar(200),
    city                           varchar(100),
    postal_code                    varchar(20),
    emergency_contact_name         varchar(200),
    emergency_contact_phone        varchar(40),
    emergency_contact_relationship varchar(60),
    consent_to_share               boolean                  not null,
    consent_date                   date,
    status                         varchar(30)              not null,
    created_at                     timestamp with time zone not null,
    created_by                     varchar(100)             not null,
    updated_at                     timestamp with time zone not null,
    updated_by                     varchar(100)             not null,
    version                        integer                  not null
);

create index clients_last_name_key on clients (last_name_key);
create index clients_first_name_key on clients (first_name_key);
create index clients_date_of_birth on clients (date_of_birth);

-- Every status change, with who made it and why.
create table client_status_changes (
    id          uuid                     not null primary key,
    client_id   uuid                     not null references clients (id),
    from_status varchar(30),
    to_status   varchar(30)              not null,
    reason      varchar(500),
    changed_at  timestamp with time zone not null,
    changed_by  varchar(100)             not null
);

create index client_status_changes_client on client_status_changes (client_id, changed_at);

-- The care team: the trainers who see the client's clinical record.
create table client_care_team (
    client_id uuid                     not null references clients (id),
    username  varchar(100)             not null,
    added_at  timestamp with time zone not null,
    added_by  varchar(100)             not null,
    primary key (client_id, username)
);

create index client_care_team_username on client_care_team (username, client_id);

-- Emergency ("break-glass") access outside the care team: reasoned and time-boxed.
create table break_glass_grants (
    id         uuid                     not null primary key,
    client_id  uuid                     not null references clients (id),
    username   varchar(100)             not null,
    reason     varchar(500)             not null,
    granted_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);

create index break_glass_grants_user_client on break_glass_grants (username, client_id, expires_at);
