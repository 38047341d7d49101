# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Kunhavigi viajn rezultojn
share-intro = Dankon, ke vi okazigis diskuton! Mi faros kelkajn demandojn pri ĝi, unu post la alia; vi vidos ĉion antaŭ ol sendi. La perantoj por ĝia lingvo ricevos resumon.
share-group = Kiu okazigis la diskuton? La nomo de via grupo aŭ komunumo.
share-language = En kiu lingvo okazis la diskuto?
share-date = En kiu tago ĝi okazis? Skribu la daton kiel 2026-11-28.
share-participants = Kiom da homoj partoprenis?
share-themes = Kiujn el la temaj kampoj ĝi tuŝis? Elektu ĉiujn, kiuj taŭgas, kaj poste premu „Farite“.
share-themes-advocacy = Pledado
share-themes-capacity = Kreskigo de kapabloj
share-themes-health = Komunuma sano
share-themes-diversity = Diverseco
share-themes-partnerships = Partnerecoj
share-themes-product = Produkto kaj teknologio
share-themes-resources = Distribuado de rimedoj
share-themes-revenue = Enspezfontoj
share-themes-roles = Roloj kaj respondecoj
share-conclusions = Kiuj estis la ĉefaj konkludoj? (maksimume 3 000 signoj)
share-link = Se ekzistas notoj en vikio, sendu ilian ligilon (komenciĝantan per https://). Alie premu „Preterlasi“.
share-preview = Bonvolu kontroli antaŭ ol sendi:
    Grupo: { $group }
    Lingvo: { $language }
    Dato: { $date }
    Homoj: { $participants }
    Temoj: { $themes }
    Konkludoj: { $conclusions }
    Notoj: { $link }
share-submit = Sendi
share-thanks = Dankon! Viaj rezultoj estas konservitaj kiel diskuto #{ $number }, kaj la perantoj por ĝia lingvo ricevis resumon.
share-notify = 📝 Diskutrezultoj #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] unu persono
       *[other] { $participants } personoj
    }
    { $summary }

discussions-not-allowed = Nur perantoj kaj administrantoj povas vidi kunhavigitajn diskutrezultojn.
discussions-none = Ankoraŭ neniu kunhavigis diskutrezultojn ({ $languages }).
discussions-list = Kunhavigitaj diskutrezultoj ({ $languages }), { $count ->
        [one] la plej nova
       *[other] la plej novaj { $count }
    }:

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] unu persono
       *[other] { $participants } personoj
    }
    { $themes }
    { $summary }
    { $link }
