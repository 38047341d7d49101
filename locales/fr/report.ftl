# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Seuls les agents de liaison et les administrateurs peuvent consulter le rapport mensuel.
report-bad-month = « { $month } » n'est pas un mois. Écrivez-le ainsi : 2026-11.
report-table = Rapport mensuel { $month } · { $languages }
    Nouvelles personnes : { $new }
    Personnes actives : { $active }
    Questions de la FAQ avec réponse : { $answered } ; sans réponse : { $unanswered } ; « vouliez-vous dire » : { $suggested }
    Réponses à l'enquête : { $survey }
    Résultats de discussion partagés : { $discussions }
    Questions à une personne : { $opened } posées, { $replied } avec réponse ; délai médian avant une première réponse : { $median }
    Annonces : { $announcements } ; messages distribués : { $sent } envoyés, { $skipped } ignorés, { $failed } en échec
report-duration = { $hours } h { $minutes }
report-no-answer = aucune réponse
report-chart-title = { $month } · { $languages }
report-series-active_day = Personnes actives par jour
report-series-faq_answered = FAQ avec réponse
report-series-faq_unanswered = FAQ sans réponse
report-series-tickets_opened = Questions à une personne
report-series-survey_responses = Réponses à l'enquête
