-- Officers' sessions live on the server, so that logging out (or an administrator's reset, or deactivation)
-- ends them at once; the cookie holds only a random token, stored here as its SHA-256.
create table officer_session (
    id           bigserial   primary key,
    token_hash   text        not null unique,
    officer_id   bigint      not null references officer (id) on delete cascade,
    csrf_token   text        not null,
    created_at   timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at   timestamptz not null,
    client       text
);
create index officer_session_officer on officer_session (officer_id);

-- A browser that has signed in to an account before ("known device"): the account's lock-out after repeated
-- failures from unknown clients does not apply to it, so a stranger cannot keep the officer out; it has its
-- own small failure limit.
create table officer_device (
    token_hash   text        primary key,
    officer_id   bigint      not null references officer (id) on delete cascade,
    failures     integer     not null default 0,
    locked_until timestamptz,
    last_used_at timestamptz not null default now()
);
create index officer_device_officer on officer_device (officer_id);

-- Login attempts per client address in a window, counted before the password is checked.
create table login_client_throttle (
    client       text        primary key,
    attempts     integer     not null,
    window_start timestamptz not null
);
