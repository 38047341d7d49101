# The liaison for the user's language (/liaison).

liaison-found = Fællesskabets strategikontaktperson for { $language } leder strategisamtalerne i dit sprogfællesskab, på wikien og på sociale medier.
    Kontaktperson: { $name }
    Kontakt: { $contact }
    Her foregår samtalerne: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = Fællesskabets strategikontaktperson for { $language } leder strategisamtalerne i dit sprogfællesskab, på wikien og på sociale medier. Navnet er ikke offentliggjort her endnu, men du kan få fat i vedkommende via kontakten nedenfor.
    Kontakt: { $contact }
    Her foregår samtalerne: { $channels }
liaison-none = Der er endnu ingen strategikontaktperson for { $language }, men du kan stadig være med:
    • Specialisten i fællesskabsrelationer støtter diskussioner på alle sprog: { $specialist }
    • Organisatoriske strategikontaktpersoner leder samtalerne i organiserede grupper. Tjek, om din gruppe har en: { $list }
    • Hvis din gruppe ikke har en endnu, så meld dig frivilligt som dens organisatoriske strategikontaktperson: { $volunteer }
