# The liaison for the user's language (/liaison).

liaison-found = The Community Strategy Liaison for { $language } leads the strategy conversations of your language community, on-wiki and in social media.
    Liaison: { $name }
    Contact: { $contact }
    Where the conversations take place: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = The Community Strategy Liaison for { $language } leads the strategy conversations of your language community, on-wiki and in social media. Their name is not published here yet; you can reach them through the contact below.
    Contact: { $contact }
    Where the conversations take place: { $channels }
liaison-none = There is no Community Strategy Liaison for { $language } yet, but you can still take part:
    • The Community Relations Specialist supports discussions in every language: { $specialist }
    • Organizational Strategy Liaisons lead conversations in organized groups. Check whether your group has one: { $list }
    • If your group has none yet, volunteer to be its Organizational Strategy Liaison: { $volunteer }
