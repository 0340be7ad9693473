-- A practice's own exercises and contraindication rules, beside the shipped library files.
-- Stored as the validated JSON of the same shape the API takes; never updated or deleted
-- (a rule that exists has been applied to clients' programs, so it stays on record).
create table practice_exercises (
    code        varchar(64)              not null primary key,
    definition  varchar(20000)           not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)             not null
);

create table practice_rules (
    code        varchar(40)              not null primary key,
    definition  varchar(20000)           not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)             not null
);
