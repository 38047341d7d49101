# How to start a discussion of your own (/discuss).

discuss-info = Keine Diskussion zu deinem Thema oder in dem Kanal, in dem du am aktivsten bist? Starte selbst eine:
    • Nutze den Leitfaden für Community-Gespräche (Community Conversations Toolkit) als Anleitung: { $toolkit }
    • Übersetze die Themenpapiere (Scoping-Dokumente) in deine Sprache: { $scoping }
    • Probier die Gesprächsimpulse (Conversation Starters) aus, einen Diskussionsleitfaden zu den Treibern des Wandels: { $starters }
    • Wenn du Unterstützung brauchst oder die Ergebnisse deiner Diskussion teilen willst, wende dich an die Fachperson für Community Relations oder an eine Strategie-Ansprechperson (/liaison).
