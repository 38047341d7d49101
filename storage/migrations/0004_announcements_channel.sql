-- A Discord server's announcements channel (set with /setup); chats.chat_id is the server id.
ALTER TABLE chats ADD COLUMN announcements TEXT;
