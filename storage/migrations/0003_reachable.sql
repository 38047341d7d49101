-- Whether messages can reach a user: 0 after they blocked the bot, 1 again when they return.
ALTER TABLE users ADD COLUMN reachable INTEGER NOT NULL DEFAULT 1;
