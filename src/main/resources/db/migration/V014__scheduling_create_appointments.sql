-- Appointments: a client with a staff member (or a group meeting, with no one client), of a
-- kind, booked, confirmed, attended, a no-show or cancelled. A series is a recurring booking.
create table appointments (
    id              uuid                     not null primary key,
    client_id       uuid                     references clients (id),
    group_id        uuid,
    staff_username  varchar(100)             not null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    kind            varchar(16)              not null,
    status          varchar(12)              not null,
    series_id       uuid,
    note            varchar(500),
    cancel_reason   varchar(500),
    confirmed_at    timestamp with time zone,
    reminded_at     timestamp with time zone,
    version         integer                  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)             not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100)             not null
);

create index appointments_staff_time on appointments (staff_username, starts_at);
create index appointments_client_time on appointments (client_id, starts_at);
create index appointments_time on appointments (starts_at);
create index appointments_series on appointments (series_id);
create index appointments_group on appointments (group_id, starts_at);

-- No double booking, guaranteed by the database rather than by a look before the insert:
-- an appointment holds each 5-minute slot of its time (slot = epoch seconds / 300) for its
-- staff member and for its client, and two appointments cannot hold the same slot. Of two
-- concurrent bookings of one slot, the second insert waits for the first and then fails.
-- A cancellation gives the slots back; a no-show keeps them (the time was kept free).
create table staff_slots (
    staff_username varchar(100) not null,
    slot           bigint       not null,
    appointment_id uuid         not null references appointments (id),
    primary key (staff_username, slot)
);

create index staff_slots_appointment on staff_slots (appointment_id);

create table client_slots (
    client_id      uuid   not null references clients (id),
    slot           bigint not null,
    appointment_id uuid   not null references appointments (id),
    primary key (client_id, slot)
);

create index client_slots_appointment on client_slots (appointment_id);

-- Whether a client agreed to appointment reminders by e-mail (asked and recorded by the front desk).
create table reminder_preferences (
    client_id   uuid                     not null primary key references clients (id),
    email       boolean                  not null,
    agreed_on   date,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100)             not null
);
