-- Medical relations: how a physician likes to be reached, the gatekeepers of their practice,
-- referrals received, every communication, and follow-up tasks.
alter table physicians add column preferred_contact varchar(10);

create table physician_gatekeepers (
    id                uuid                     not null primary key,
    physician_id      uuid                     not null references physicians (id),
    name              varchar(200)             not null,
    role              varchar(30)              not null,
    phone             varchar(40),
    email             varchar(254),
    preferred_contact varchar(10),
    note              varchar(500),
    created_at        timestamp with time zone not null,
    created_by        varchar(100)             not null
);

create index physician_gatekeepers_physician on physician_gatekeepers (physician_id);

-- A referral received; client_id is set when the referred person is registered.
create table referrals (
    id           uuid                     not null primary key,
    physician_id uuid                     not null references physicians (id),
    client_id    uuid                     references clients (id),
    icd10        varchar(10)              not null,
    reason       varchar(1000)            not null,
    received_on  date                     not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(100)             not null,
    version      integer                  not null
);

create index referrals_physician on referrals (physician_id, received_on);
create index referrals_client on referrals (client_id);

-- Every communication with a physician's office: documents sent, letters, calls, visits.
create table communications (
    id           uuid                     not null primary key,
    physician_id uuid                     references physicians (id),
    client_id    uuid                     references clients (id),
    kind         varchar(30)              not null,
    channel      varchar(12)              not null,
    document_id  uuid,
    subject      varchar(300)             not null,
    note         varchar(2000),
    at           timestamp with time zone not null,
    by_username  varchar(100)             not null
);

create index communications_physician on communications (physician_id, at);
create index communications_client on communications (client_id, at);
create index communications_document on communications (document_id);

create table follow_up_tasks (
    id           uuid                     not null primary key,
    physician_id uuid                     not null references physicians (id),
    client_id    uuid                     references clients (id),
    kind         varchar(30)              not null,
    due_on       date                     not null,
    done_on      date,
    note         varchar(500),
    created_at   timestamp with time zone not null,
    created_by   varchar(100)             not null
);

create index follow_up_tasks_open on follow_up_tasks (done_on, due_on);
