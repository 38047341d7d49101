-- Subscriptions by language, events, announcements with one delivery row per recipient, audit.
CREATE TABLE subscriptions (
    platform   TEXT NOT NULL,
    chat_id    TEXT NOT NULL,           -- a user (private chat), a group, or a server's channel
    language   TEXT NOT NULL,
    kind       TEXT NOT NULL,           -- user, group or channel
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (platform, chat_id, language)
);
CREATE INDEX subscriptions_language ON subscriptions (language);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT NOT NULL,           -- the title, or a Fluent id (msg:…) for seeded events
    starts_at  TEXT NOT NULL,           -- UTC, ISO 8601
    timezone   TEXT NOT NULL,           -- IANA zone the event is announced in
    languages  TEXT NOT NULL,           -- JSON list of codes
    link       TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    seed       TEXT UNIQUE,             -- content.toml id for seeded events
    reminded   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE announcements (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    author     TEXT NOT NULL,           -- platform:user_id, or cli
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    send_at    TEXT NOT NULL,           -- UTC; deliveries wait until then
    kind       TEXT NOT NULL DEFAULT 'announcement'  -- or reminder
);

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    announcement_id INTEGER NOT NULL REFERENCES announcements (id),
    platform        TEXT NOT NULL,
    chat_id         TEXT NOT NULL,
    kind            TEXT NOT NULL,      -- user, group or channel
    language        TEXT NOT NULL,
    body            TEXT NOT NULL,      -- the exact text this recipient gets
    status          TEXT NOT NULL DEFAULT 'queued',  -- queued, sending, sent, failed, skipped
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_at         TEXT NOT NULL,      -- UTC: not before then
    reason          TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (announcement_id, platform, chat_id)
);
CREATE INDEX deliveries_due ON deliveries (status, platform, next_at);

CREATE TABLE audit (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
