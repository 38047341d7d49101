-- Survey responses under pseudonymous respondent ids, volunteer sign-ups, and roles.
CREATE TABLE survey_responses (
    survey     TEXT NOT NULL,
    respondent TEXT NOT NULL,
    language   TEXT NOT NULL,
    answers    TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (survey, respondent)
);

CREATE TABLE volunteers (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    group_name TEXT NOT NULL,
    language   TEXT NOT NULL,
    contact    TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE roles (
    platform   TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    role       TEXT NOT NULL,
    languages  TEXT NOT NULL DEFAULT '[]',
    granted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (platform, user_id, role)
);
