-- Condition-based group programs: finite, education-based courses ("Diabetes & Exercise",
-- 8 sessions) with a capacity, a waitlist in order of asking, and a leader. The meetings are
-- appointments of the calendar (scheduling); each attendee's part is a session log (sessions).
create table group_programs (
    id              uuid                     not null primary key,
    name            varchar(200)             not null,
    condition_code  varchar(64)              not null,
    capacity        integer                  not null,
    starts_on       date                     not null,
    sessions        integer                  not null,
    leader          varchar(100),
    weekdays        varchar(100),
    start_time      time,
    minutes         integer,
    exercises       varchar(2000),
    description     varchar(2000),
    next_position   integer                  not null,
    version         integer                  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)             not null
);

-- One row per client who asked for a place. Enrolment locks the group's row first, so that
-- of concurrent requests each sees the count the one before left: the capacity is never
-- exceeded, and the waitlist keeps the order the requests were served in (position).
create table group_enrollments (
    group_id      uuid                     not null references group_programs (id),
    client_id     uuid                     not null references clients (id),
    status        varchar(12)              not null,
    position      integer                  not null,
    warnings      varchar(4000),
    requested_at  timestamp with time zone not null,
    requested_by  varchar(100)             not null,
    enrolled_at   timestamp with time zone,
    withdrawn_at  timestamp with time zone,
    primary key (group_id, client_id)
);

create index group_enrollments_order on group_enrollments (group_id, status, position);
create index group_enrollments_client on group_enrollments (client_id);

-- A meeting's group log: who came (each attendee's session log), the topic, and whether signed.
create table group_meeting_logs (
    meeting_id   uuid                     not null primary key,
    group_id     uuid                     not null references group_programs (id),
    topic        varchar(500),
    minutes      integer                  not null,
    logged_by    varchar(100)             not null,
    logged_at    timestamp with time zone not null,
    signed_at    timestamp with time zone
);

create table group_attendance (
    meeting_id      uuid        not null references group_meeting_logs (meeting_id),
    client_id       uuid        not null references clients (id),
    attendance      varchar(12) not null,
    session_log_id  uuid        not null,
    primary key (meeting_id, client_id)
);
