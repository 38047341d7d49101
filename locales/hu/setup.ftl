# Setting up a Discord server (/setup): its language and announcements channel.

setup-done = Kész. Ezen a szerveren magyarul beszélek, a bejelentések pedig ide kerülnek: { $channel }.
setup-not-allowed = Ezt a szervert csak azok a tagok állíthatják be, akik kezelhetik a szervert.
setup-server-only = Ez a parancs egy szervert állít be, ezért csak szerveren működik.
setup-bad-language = Nem ismerem ezt a nyelvkódot: „{ $code }”. Használd az alábbiak egyikét: { $codes }
