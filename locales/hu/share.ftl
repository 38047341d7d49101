# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Eredmények megosztása
share-intro = Köszönöm, hogy beszélgetést szerveztél! Felteszek róla néhány kérdést, egyesével; beküldés előtt mindent átnézhetsz. A beszélgetés nyelvének kapcsolattartói összefoglalót kapnak róla.
share-group = Ki tartotta a beszélgetést? Add meg a csoportod vagy a közösséged nevét.
share-language = Milyen nyelven zajlott a beszélgetés?
share-date = Melyik napon volt? Így írd a dátumot: 2026-11-28.
share-participants = Hányan vettek részt rajta?
share-themes = Mely tematikus területeket érintette? Válaszd ki az összes illőt, aztán nyomd meg a „Kész” gombot.
share-themes-advocacy = Érdekképviselet
share-themes-capacity = Kapacitásépítés
share-themes-health = A közösség egészsége
share-themes-diversity = Sokszínűség
share-themes-partnerships = Partnerségek
share-themes-product = Termék és technológia
share-themes-resources = Erőforrás-elosztás
share-themes-revenue = Bevételi források
share-themes-roles = Szerepek és felelősségek
share-conclusions = Mik voltak a fő következtetések? (legfeljebb 3000 karakter)
share-link = Ha a wikin vannak jegyzetek, küldd el a linküket (https:// kezdettel). Ha nincsenek, nyomd meg a „Kihagyás” gombot.
share-preview = Kérlek, beküldés előtt ellenőrizd:
    Csoport: { $group }
    Nyelv: { $language }
    Dátum: { $date }
    Résztvevők: { $participants }
    Témák: { $themes }
    Következtetések: { $conclusions }
    Jegyzetek: { $link }
share-submit = Beküldés
share-thanks = Köszönöm! Az eredményeidet elmentettem (beszélgetés #{ $number }), és a beszélgetés nyelvének kapcsolattartói megkapták az összefoglalót.
share-notify = 📝 Beszélgetés eredményei #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] egy résztvevő
       *[other] { $participants } résztvevő
    }
    { $summary }

discussions-not-allowed = A megosztott beszélgetési eredményeket csak a kapcsolattartók és az adminisztrátorok láthatják.
discussions-none = Még senki nem osztott meg beszélgetési eredményeket ({ $languages }).
discussions-list = Megosztott beszélgetési eredmények ({ $languages }), a legutóbbi { $count }:

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] egy résztvevő
       *[other] { $participants } résztvevő
    }
    { $themes }
    { $summary }
    { $link }
