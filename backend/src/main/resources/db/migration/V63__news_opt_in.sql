-- News reaches a citizen's Zalo only if they asked for it, per category (bot "nhận tin thủ tục", the Mini App's
-- switch); everyone can still read the news in the Mini App and with the bot's "tin tức". Pushes go as
-- consultation messages, so only to those who opted in and interacted with the OA inside the window.
create table news_subscription (
    zalo_user_id  varchar(64)   not null,
    category      varchar(20)   not null check (category in ('general', 'procedures', 'business')),
    active        boolean       not null default true,
    source        varchar(10)   not null check (source in ('bot', 'miniapp')),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    primary key (zalo_user_id, category)
);
create index news_subscription_category_idx on news_subscription(category) where active;
