# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Thank you for volunteering as Organizational Strategy Liaison for your group! First check the list to see whether your group already has one: { $list }
    Three short questions follow; /cancel stops at any time.
volunteer-group = What is the name of your organized group (for example your affiliate or user group)?
volunteer-language = In which language does your group mostly talk?
volunteer-contact = How can the strategy team reach you? For example your username on Meta-Wiki or an email address.
volunteer-confirm = Please check your sign-up:
    Group: { $group }
    Language: { $language }
    Contact: { $contact }
    Shall I send it?
volunteer-send = Send
volunteer-thanks = Thank you! The strategy team has your sign-up and will contact you.
# Sent to the bot's admins, each in their own language.
volunteer-notify = New sign-up as Organizational Strategy Liaison:
    Group: { $group }
    Language: { $language }
    Contact: { $contact }
    Signed up on: { $platform }
