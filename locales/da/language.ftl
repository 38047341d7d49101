# Choosing the language (/language).

language-choose = Vælg dit sprog.
# Said in the new language right after the user chose it.
language-set = Så er det gjort. Fra nu af taler jeg dansk med dig.
language-unknown = Jeg kender ikke sprogkoden »{ $code }«. Vælg en knap, eller send en af disse koder: { $codes }
# In a group: an admin set the language the bot uses for everyone there (named in itself).
language-group-set = Så er det gjort. Fra nu af taler jeg dansk i denne gruppe.
language-group-admin-only = Kun administratorerne i denne gruppe kan ændre gruppens sprog. Send /language i en privat chat med mig for at vælge dit eget sprog.
