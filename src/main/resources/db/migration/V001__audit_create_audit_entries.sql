-- The audit trail: append-only, hash-chained. The application has no update or delete
-- statement for these tables except the chain head, which only moves forward.
create table audit_entries (
    seq        bigint                   not null primary key,
    at         timestamp with time zone not null,
    username   varchar(100)             not null,
    action     varchar(30)              not null,
    entity     varchar(40),
    entity_id  varchar(64),
    client_id  uuid,
    source     varchar(10)              not null,
    detail     varchar(500),
    prev_hash  char(64)                 not null,
    hash       char(64)                 not null
);

create index audit_entries_client_seq on audit_entries (client_id, seq);
create index audit_entries_username_seq on audit_entries (username, seq);
create index audit_entries_at on audit_entries (at);

create table audit_chain_head (
    id        integer  not null primary key,
    last_seq  bigint   not null,
    last_hash char(64) not null
);

insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
