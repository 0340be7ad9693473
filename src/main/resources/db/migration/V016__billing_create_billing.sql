-- Billing. Money is whole cents (bigint), never floating point.

-- Who pays: the client (self-pay), workers' compensation, auto insurance, commercial insurers,
-- each with its rules: whether it accepts the practice at all, how it counts timed units,
-- whether it takes electronic claims (X12 837P), whether visits need a pre-authorisation.
create table payers (
    id                      uuid                     not null primary key,
    name                    varchar(200)             not null,
    kind                    varchar(16)              not null,
    accepts_practice        boolean                  not null,
    unit_method             varchar(4)               not null,
    electronic_claims       boolean                  not null,
    payer_code              varchar(80),
    requires_authorization  boolean                  not null,
    address_line            varchar(200),
    city                    varchar(100),
    state                   varchar(2),
    postal_code             varchar(10),
    phone                   varchar(40),
    notes                   varchar(2000),
    version                 integer                  not null,
    created_at              timestamp with time zone not null,
    created_by              varchar(100)             not null
);

-- The client pays: always there, so that every practice can bill from the first day.
insert into payers (id, name, kind, accepts_practice, unit_method, electronic_claims, requires_authorization, version,
                    created_at, created_by)
values ('5e1f9a7e-0000-4000-8000-000000000001', 'Self-pay (the client)', 'SELF_PAY', true, 'CMS', false, false, 0,
        timestamp with time zone '2026-12-04 00:00:00+00', 'system');

-- A payer's own fee for a CPT code from a date (workers' compensation follows state fee
-- schedules); without one, the practice's standard fee of billing/fee-schedule.yml applies.
create table payer_fees (
    payer_id        uuid        not null references payers (id),
    cpt_code        varchar(5)  not null,
    effective_from  date        not null,
    amount_cents    bigint      not null,
    primary key (payer_id, cpt_code, effective_from)
);

-- Per client episode: who pays, the insured, the claim (workers' compensation, auto) with its
-- adjuster, eligibility as verified, and the pre-authorisation with its visits and dates.
create table coverages (
    id                       uuid                     not null primary key,
    client_id                uuid                     not null references clients (id),
    payer_id                 uuid                     not null references payers (id),
    member_id                varchar(80),
    group_number             varchar(80),
    insured_name             varchar(200),
    relationship             varchar(12)              not null,
    claim_number             varchar(80),
    adjuster_name            varchar(200),
    adjuster_phone           varchar(40),
    adjuster_email           varchar(254),
    employer                 varchar(200),
    injury_date              date,
    accident_state           varchar(2),
    eligibility_verified_on  date,
    eligibility_note         varchar(1000),
    authorization_number     varchar(80),
    authorized_visits        integer,
    authorized_from          date,
    authorized_to            date,
    active                   boolean                  not null,
    version                  integer                  not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100)             not null
);

create index coverages_client on coverages (client_id);

-- Numbers handed out in order (invoice numbers, claim control numbers): the update locks the row.
create table billing_counters (
    name        varchar(20) not null primary key,
    next_value  bigint      not null
);

insert into billing_counters (name, next_value) values ('INVOICE', 1001);
insert into billing_counters (name, next_value) values ('CLAIM', 1);

create table invoices (
    id                      uuid                     not null primary key,
    number                  bigint                   not null unique,
    client_id               uuid                     not null references clients (id),
    payer_id                uuid                     not null references payers (id),
    coverage_id             uuid                     references coverages (id),
    bill_to                 varchar(8)               not null,
    issued_on               date                     not null,
    due_on                  date                     not null,
    status                  varchar(8)               not null,
    total_cents             bigint                   not null,
    icd10_codes             varchar(200),
    referring_physician_id  uuid,
    void_reason             varchar(500),
    version                 integer                  not null,
    created_at              timestamp with time zone not null,
    created_by              varchar(100)             not null
);

create index invoices_client on invoices (client_id, issued_on);
create index invoices_status on invoices (status, issued_on);

-- A line is a CPT code on a date of service with its minutes and units, or a membership month.
create table invoice_lines (
    invoice_id        uuid         not null references invoices (id),
    line_no           integer      not null,
    service_date      date         not null,
    cpt_code          varchar(5),
    description       varchar(300) not null,
    minutes           integer,
    units             integer      not null,
    unit_price_cents  bigint       not null,
    amount_cents      bigint       not null,
    primary key (invoice_id, line_no)
);

-- Each signed session log is invoiced once: a second invoice of it fails on this key. Voiding
-- an invoice gives its sessions back.
create table invoiced_sessions (
    session_id  uuid not null primary key,
    invoice_id  uuid not null references invoices (id)
);

create index invoiced_sessions_invoice on invoiced_sessions (invoice_id);

create table payments (
    id            uuid                     not null primary key,
    invoice_id    uuid                     not null references invoices (id),
    amount_cents  bigint                   not null,
    received_on   date                     not null,
    method        varchar(10)              not null,
    reference     varchar(100),
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(100)             not null
);

create index payments_invoice on payments (invoice_id);

-- A claim sent for an invoice, with its control number (the X12 interchange's).
create table claims (
    id              uuid                     not null primary key,
    invoice_id      uuid                     not null unique references invoices (id),
    control_number  bigint                   not null unique,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)             not null
);

-- Medical memberships: the step-down after the acute phase, a monthly fee with sessions included.
create table membership_plans (
    id                 uuid                     not null primary key,
    name               varchar(200)             not null,
    monthly_fee_cents  bigint                   not null,
    included_sessions  integer                  not null,
    active             boolean                  not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100)             not null
);

create table memberships (
    id            uuid                     not null primary key,
    client_id     uuid                     not null references clients (id),
    plan_id       uuid                     not null references membership_plans (id),
    starts_on     date                     not null,
    status        varchar(10)              not null,
    paused_on     date,
    cancelled_on  date,
    version       integer                  not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100)             not null
);

create index memberships_client on memberships (client_id);
create index memberships_status on memberships (status, starts_on);

-- One charge per membership and month: running the monthly run twice charges once.
create table membership_charges (
    membership_id  uuid                     not null references memberships (id),
    period         char(7)                  not null,
    amount_cents   bigint                   not null,
    invoice_id     uuid                     not null references invoices (id),
    charged_at     timestamp with time zone not null,
    primary key (membership_id, period)
);
