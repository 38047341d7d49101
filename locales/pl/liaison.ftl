# The liaison for the user's language (/liaison).

liaison-found = Łącznik ds. strategii społeczności ({ $language }) prowadzi rozmowy o strategii w twojej społeczności językowej – na wiki i w mediach społecznościowych.
    Łącznik: { $name }
    Kontakt: { $contact }
    Gdzie toczą się rozmowy: { $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = Łącznik ds. strategii społeczności ({ $language }) prowadzi rozmowy o strategii w twojej społeczności językowej – na wiki i w mediach społecznościowych. Imię i nazwisko tej osoby nie zostało tu jeszcze opublikowane, ale możesz się z nią skontaktować, korzystając z poniższych danych.
    Kontakt: { $contact }
    Gdzie toczą się rozmowy: { $channels }
liaison-none = Dla tego języka ({ $language }) nie ma jeszcze łącznika ds. strategii społeczności, ale nadal możesz wziąć udział w rozmowach:
    • Specjalista ds. relacji ze społecznością wspiera dyskusje w każdym języku: { $specialist }
    • Łącznicy ds. strategii w organizacjach prowadzą rozmowy w zorganizowanych grupach. Sprawdź, czy twoja grupa ma takiego łącznika: { $list }
    • Jeśli twoja grupa jeszcze go nie ma, zgłoś się na ochotnika jako jej łącznik ds. strategii w organizacji: { $volunteer }
