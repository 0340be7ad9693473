-- The medical-relations registry: referring physicians and their offices.
create table physicians (
    id         uuid                     not null primary key,
    name       varchar(200)             not null,
    name_key   varchar(200)             not null,
    practice   varchar(200),
    phone      varchar(40),
    fax        varchar(40),
    email      varchar(254),
    npi        varchar(10) unique,
    created_at timestamp with time zone not null,
    created_by varchar(100)             not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100)             not null,
    version    integer                  not null
);

create index physicians_name_key on physicians (name_key);
