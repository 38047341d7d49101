# The monthly report (/report and `python -m bot report`): counts only, no one's id.

report-not-allowed = Aylık raporu yalnızca irtibat sorumluları ve yöneticiler görebilir.
report-bad-month = “{ $month }” bir ay değil. 2026-11 biçiminde yaz.
report-table = Aylık rapor { $month } · { $languages }
    Yeni kişiler: { $new }
    Etkin kişiler: { $active }
    SSS'nin yanıtladığı sorular: { $answered }; yanıtsız: { $unanswered }; “bunu mu demek istedin”: { $suggested }
    Anket yanıtları: { $survey }
    Paylaşılan tartışma sonuçları: { $discussions }
    Bir insana sorulan sorular: { $opened } soruldu, { $replied } yanıtlandı; ilk yanıta kadar geçen süre (medyan): { $median }
    Duyurular: { $announcements }; iletilen mesajlar: { $sent } gönderildi, { $skipped } atlandı, { $failed } başarısız
report-duration = { $hours } sa { $minutes } dk
report-no-answer = yanıtlanan yok
report-chart-title = { $month } · { $languages }
report-series-active_day = Günlük etkin kişiler
report-series-faq_answered = SSS'nin yanıtladığı
report-series-faq_unanswered = SSS'nin yanıtlayamadığı
report-series-tickets_opened = Bir insana sorulan sorular
report-series-survey_responses = Anket yanıtları
