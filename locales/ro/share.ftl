# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Împărtășește rezultatele
share-intro = Mulțumesc că ai organizat o discuție! Îți voi pune câteva întrebări despre ea, pe rând; vei vedea totul înainte să trimiți. Coordonatorii pentru limba discuției primesc un rezumat.
share-group = Cine a ținut discuția? Scrie numele grupului sau al comunității tale.
share-language = În ce limbă s-a desfășurat discuția?
share-date = În ce zi a avut loc? Scrie data așa: 2026-11-28.
share-participants = Câte persoane au participat?
share-themes = Ce domenii tematice a atins? Alege-le pe toate cele potrivite, apoi apasă „Gata”.
share-themes-advocacy = Susținere publică (advocacy)
share-themes-capacity = Dezvoltarea capacităților
share-themes-health = Sănătatea comunității
share-themes-diversity = Diversitate
share-themes-partnerships = Parteneriate
share-themes-product = Produs și tehnologie
share-themes-resources = Alocarea resurselor
share-themes-revenue = Surse de venit
share-themes-roles = Roluri și responsabilități
share-conclusions = Care au fost concluziile principale? (cel mult 3.000 de caractere)
share-link = Dacă există note pe wiki, trimite linkul către ele (care începe cu https://). Altfel, apasă „Sari peste”.
share-preview = Te rog să verifici înainte de a trimite:
    Grup: { $group }
    Limbă: { $language }
    Data: { $date }
    Participanți: { $participants }
    Teme: { $themes }
    Concluzii: { $conclusions }
    Note: { $link }
share-submit = Trimite
share-thanks = Mulțumesc! Rezultatele tale au fost salvate ca discuția #{ $number }, iar coordonatorii pentru limba ei au primit un rezumat.
share-notify = 📝 Rezultatele discuției #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] o persoană
        [few] { $participants } persoane
       *[other] { $participants } de persoane
    }
    { $summary }

discussions-not-allowed = Doar coordonatorii și administratorii pot vedea rezultatele discuțiilor trimise.
discussions-none = Încă nu s-au trimis rezultate ale discuțiilor pentru { $languages }.
discussions-list = Rezultatele discuțiilor trimise pentru { $languages } (ultimele { $count }):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] o persoană
        [few] { $participants } persoane
       *[other] { $participants } de persoane
    }
    { $themes }
    { $summary }
    { $link }
