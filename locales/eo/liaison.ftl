# The liaison for the user's language (/liaison).

liaison-found = La Komunuma Strategia Peranto por via lingvo ({ $language }) gvidas la strategiajn konversaciojn de via lingva komunumo, en la vikioj kaj en sociaj retoj.
    Peranto: { $name }
    Kontakto: { $contact }
    Kie okazas la konversacioj: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = La Komunuma Strategia Peranto por via lingvo ({ $language }) gvidas la strategiajn konversaciojn de via lingva komunumo, en la vikioj kaj en sociaj retoj. La nomo de la peranto ankoraŭ ne estas publikigita ĉi tie, sed vi povas atingi la peranton per la suba kontakto.
    Kontakto: { $contact }
    Kie okazas la konversacioj: { $channels }
liaison-none = Ankoraŭ ne ekzistas Komunuma Strategia Peranto por via lingvo ({ $language }), sed vi tamen povas partopreni:
    • La Specialisto pri Komunumaj Rilatoj subtenas diskutojn en ĉiuj lingvoj: { $specialist }
    • Organizaj Strategiaj Perantoj gvidas konversaciojn en organizitaj grupoj. Kontrolu, ĉu via grupo jam havas tian: { $list }
    • Se via grupo ankoraŭ ne havas, volontulu kiel ĝia Organiza Strategia Peranto: { $volunteer }
