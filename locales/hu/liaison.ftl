# The liaison for the user's language (/liaison).

liaison-found = A nyelvi közösséged közösségi stratégiai kapcsolattartója ({ $language }) vezeti a stratégiai beszélgetéseket a wikin és a közösségi médiában.
    Kapcsolattartó: { $name }
    Elérhetőség: { $contact }
    Itt zajlanak a beszélgetések: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = A nyelvi közösséged közösségi stratégiai kapcsolattartója ({ $language }) vezeti a stratégiai beszélgetéseket a wikin és a közösségi médiában. A nevét itt még nem tették közzé, de az alábbi elérhetőségen kapcsolatba léphetsz vele.
    Elérhetőség: { $contact }
    Itt zajlanak a beszélgetések: { $channels }
liaison-none = Ehhez a nyelvhez ({ $language }) még nincs közösségi stratégiai kapcsolattartó, de így is részt vehetsz:
    • A közösségi kapcsolatokért felelős szakember minden nyelven segíti a beszélgetéseket: { $specialist }
    • A szervezeti stratégiai kapcsolattartók a szervezett csoportokban vezetik a beszélgetéseket. Nézd meg, van-e ilyen a csoportodnak: { $list }
    • Ha a csoportodnak még nincs, jelentkezz önkéntesként szervezeti stratégiai kapcsolattartónak: { $volunteer }
