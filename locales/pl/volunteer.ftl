# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = Dziękuję, że chcesz zostać łącznikiem ds. strategii w organizacji dla swojej grupy! Najpierw sprawdź na liście, czy twoja grupa ma już takiego łącznika: { $list }
    Teraz trzy krótkie pytania; poleceniem /cancel możesz przerwać w każdej chwili.
volunteer-group = Jak nazywa się twoja zorganizowana grupa (na przykład organizacja afiliowana lub grupa użytkowników)?
volunteer-language = W jakim języku najczęściej rozmawia twoja grupa?
volunteer-contact = Jak zespół ds. strategii może się z tobą skontaktować? Podaj na przykład swoją nazwę użytkownika na Meta-Wiki albo adres e-mail.
volunteer-confirm = Sprawdź swoje zgłoszenie:
    Grupa: { $group }
    Język: { $language }
    Kontakt: { $contact }
    Czy mam je wysłać?
volunteer-send = Wyślij
volunteer-thanks = Dziękuję! Zespół ds. strategii otrzymał twoje zgłoszenie i skontaktuje się z tobą.
# Sent to the bot's admins, each in their own language.
volunteer-notify = Nowe zgłoszenie na łącznika ds. strategii w organizacji:
    Grupa: { $group }
    Język: { $language }
    Kontakt: { $contact }
    Zgłoszono na platformie: { $platform }
