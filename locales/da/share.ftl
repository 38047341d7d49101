# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Del dine resultater
share-intro = Tak, fordi du har holdt en diskussion! Jeg stiller et par spørgsmål om den, ét ad gangen; du ser det hele, før du indsender. Kontaktpersonerne for diskussionens sprog får et resumé.
share-group = Hvem holdt diskussionen? Navnet på din gruppe eller dit fællesskab.
share-language = Hvilket sprog foregik diskussionen på?
share-date = Hvilken dag blev den holdt? Skriv datoen sådan her: 2026-11-28.
share-participants = Hvor mange deltog?
share-themes = Hvilke af de tematiske områder kom den ind på? Vælg alle, der passer, og tryk så på »Færdig«.
share-themes-advocacy = Fortalervirksomhed
share-themes-capacity = Kapacitetsopbygning
share-themes-health = Fællesskabets trivsel
share-themes-diversity = Mangfoldighed
share-themes-partnerships = Partnerskaber
share-themes-product = Produkt og teknologi
share-themes-resources = Ressourcefordeling
share-themes-revenue = Indtægtskilder
share-themes-roles = Roller og ansvar
share-conclusions = Hvad var de vigtigste konklusioner? (højst 3.000 tegn)
share-link = Hvis der er noter på wikien, så send linket til dem (det skal starte med https://). Ellers tryk på »Spring over«.
share-preview = Tjek venligst, før du indsender:
    Gruppe: { $group }
    Sprog: { $language }
    Dato: { $date }
    Deltagere: { $participants }
    Temaer: { $themes }
    Konklusioner: { $conclusions }
    Noter: { $link }
share-submit = Indsend
share-thanks = Tak! Dine resultater er gemt som diskussion #{ $number }, og kontaktpersonerne for dens sprog har fået et resumé.
share-notify = 📝 Diskussionsresultater #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] én person
       *[other] { $participants } personer
    }
    { $summary }

discussions-not-allowed = Kun kontaktpersoner og administratorer kan se delte diskussionsresultater.
discussions-none = Der er endnu ikke delt nogen diskussionsresultater for { $languages }.
discussions-list = Delte diskussionsresultater for { $languages } (de seneste { $count }):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] én person
       *[other] { $participants } personer
    }
    { $themes }
    { $summary }
    { $link }
