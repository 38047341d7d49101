-- Users, their chosen language, the flow they are in, group languages and bot metadata.
CREATE TABLE users (
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    language   TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (platform, user_id)
);

CREATE TABLE flows (
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    step       TEXT NOT NULL,
    data       TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (platform, user_id)
);

CREATE TABLE chats (
    platform TEXT NOT NULL,
    chat_id  TEXT NOT NULL,
    language TEXT,
    PRIMARY KEY (platform, chat_id)
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
