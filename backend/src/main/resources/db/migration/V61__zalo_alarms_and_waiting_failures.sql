-- Conditions only the province can fix, raised when a call to Zalo meets them and shown to administrators (and in
-- metrics) until they are over: the OA disconnected (any refusal from the token endpoint), billing (-135, -137),
-- a template whose mapping Zalo or our own check refuses (-1121, -1122, -1124, a value that cannot fit).
create table zalo_alarm (
    alarm_key     varchar(140)  primary key,  -- 'oa-disconnected', 'billing', 'template:<template id>'
    kind          varchar(30)   not null check (kind in ('oa-disconnected', 'billing', 'template-config')),
    code          integer,                    -- the code Zalo gave (0: none, our own check)
    detail        varchar(500),
    raised_at     timestamptz   not null default now(),
    last_seen_at  timestamptz   not null default now(),
    occurrences   integer       not null default 1,
    cleared_at    timestamptz
);

-- Messages that wait for the province (reconnect the OA, pay) instead of failing for good, and messages that a
-- template's configuration cannot carry.
alter table notification alter column failure_class type varchar(20);
alter table announcement_push alter column failure_class type varchar(20);
alter table notification drop constraint notification_failure_class_check;
alter table notification add constraint notification_failure_class_check
    check (failure_class in ('temporary', 'permanent', 'technical', 'oa-disconnected', 'billing', 'configuration'));
alter table announcement_push drop constraint announcement_push_failure_class_check;
alter table announcement_push add constraint announcement_push_failure_class_check
    check (failure_class in ('temporary', 'permanent', 'technical', 'oa-disconnected', 'billing', 'configuration'));
create index notification_waiting_idx on notification(failure_class) where status = 'temporary-failure';
