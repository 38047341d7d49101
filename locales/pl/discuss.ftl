# How to start a discussion of your own (/discuss).

discuss-info = Brak dyskusji na interesujący cię temat albo na kanale, na którym najczęściej się udzielasz? Rozpocznij ją samodzielnie:
    • Skorzystaj z Zestawu narzędzi do rozmów w społecznościach (Community Conversations Toolkit) jako przewodnika: { $toolkit }
    • Przetłumacz dokumenty zakresowe (scoping documents) na swój język: { $scoping }
    • Wypróbuj Inspiracje do rozmów (Conversation Starters) – przewodnik do dyskusji o czynnikach zmian: { $starters }
    • Jeśli potrzebujesz wsparcia albo chcesz podzielić się wynikami swojej dyskusji, zwróć się do specjalisty ds. relacji ze społecznością albo do łącznika ds. strategii społeczności (/liaison).
