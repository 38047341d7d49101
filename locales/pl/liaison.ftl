# The liaison for the user's language (/liaison).

liaison-found = Łącznik ds. strategii społeczności ({ $language }) prowadzi rozmowy o strategii w twojej społeczności językowej – na wiki i w mediach społecznościowych.
    Łącznik: { $name }
    Kontakt: { $contact }
    Gdzie toczą się rozmowy: { $channels }
liaison-none = Dla tego języka ({ $language }) nie ma jeszcze łącznika ds. strategii społeczności, ale nadal możesz wziąć udział w rozmowach:
    • Specjalista ds. relacji ze społecznością wspiera dyskusje w każdym języku: { $specialist }
    • Łącznicy ds. strategii w organizacjach prowadzą rozmowy w zorganizowanych grupach. Sprawdź, czy twoja grupa ma takiego łącznika: { $list }
    • Jeśli twoja grupa jeszcze go nie ma, zgłoś się na ochotnika jako jej łącznik ds. strategii w organizacji: { $volunteer }
