-- Staff accounts. Usernames are stored lower case, so they are unique however typed.
create table staff_accounts (
    username      varchar(100)             not null primary key,
    display_name  varchar(200)             not null,
    password_hash varchar(200)             not null,
    roles         varchar(100)             not null,
    enabled       boolean                  not null,
    failed_logins integer                  not null,
    locked_until  timestamp with time zone,
    created_at    timestamp with time zone not null,
    created_by    varchar(100)             not null,
    version       integer                  not null
);

-- Personal API tokens: only a SHA-256 hash of each token is kept.
create table api_tokens (
    id           uuid                     not null primary key,
    username     varchar(100)             not null references staff_accounts (username),
    name         varchar(100)             not null,
    token_hash   char(64)                 not null unique,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create index api_tokens_username on api_tokens (username);
