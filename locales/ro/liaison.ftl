# The liaison for the user's language (/liaison).

liaison-found = Coordonatorul de strategie pentru comunitatea limbii tale ({ $language }) conduce conversațiile despre strategie din comunitatea ta lingvistică, pe wiki și pe rețelele sociale.
    Coordonator: { $name }
    Contact: { $contact }
    Unde au loc conversațiile: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = Coordonatorul de strategie pentru comunitatea limbii tale ({ $language }) conduce conversațiile despre strategie din comunitatea ta lingvistică, pe wiki și pe rețelele sociale. Numele nu este încă publicat aici, dar poți lua legătura prin datele de contact de mai jos.
    Contact: { $contact }
    Unde au loc conversațiile: { $channels }
liaison-none = Încă nu există un coordonator de strategie pentru comunitatea limbii tale ({ $language }), dar poți participa oricum:
    • Specialistul în relații cu comunitatea sprijină discuțiile în orice limbă: { $specialist }
    • Coordonatorii de strategie pentru organizații conduc conversațiile din grupurile organizate. Verifică dacă grupul tău are deja unul: { $list }
    • Dacă grupul tău nu are încă unul, oferă-te voluntar să fii coordonatorul lui de strategie: { $volunteer }
