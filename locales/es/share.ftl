# Handing in the results of a discussion (/share) and listing them (/discussions).
# The theme names are the survey's thematic areas (survey.ftl).

share-button = 📝 Compartir tus resultados
share-intro = ¡Gracias por organizar una discusión! Te haré algunas preguntas sobre ella, de una en una; verás todo antes de enviarlo. Los enlaces del idioma de la discusión recibirán un resumen.
share-group = ¿Quién organizó la discusión? Escribe el nombre de tu grupo o comunidad.
share-language = ¿En qué idioma fue la discusión?
share-date = ¿Qué día se celebró? Escribe la fecha así: 2026-11-28.
share-participants = ¿Cuántas personas participaron?
share-themes = ¿Qué áreas temáticas trató? Elige todas las que correspondan y luego pulsa «Listo».
share-themes-advocacy = Incidencia
share-themes-capacity = Desarrollo de capacidades
share-themes-health = Salud de la comunidad
share-themes-diversity = Diversidad
share-themes-partnerships = Alianzas
share-themes-product = Producto y tecnología
share-themes-resources = Asignación de recursos
share-themes-revenue = Fuentes de ingresos
share-themes-roles = Roles y responsabilidades
share-conclusions = ¿Cuáles fueron las conclusiones principales? (como máximo 3000 caracteres)
share-link = Si hay notas en un wiki, envía el enlace (que empiece por https://). Si no, pulsa «Saltar».
share-preview = Revisa todo antes de enviarlo:
    Grupo: { $group }
    Idioma: { $language }
    Fecha: { $date }
    Personas: { $participants }
    Temas: { $themes }
    Conclusiones: { $conclusions }
    Notas: { $link }
share-submit = Enviar
share-thanks = ¡Gracias! Tus resultados se han guardado como discusión #{ $number }, y los enlaces de su idioma ya tienen un resumen.
share-notify = 📝 Resultados de la discusión #{ $number } · { $language }
    { $group }, { $date }, { $participants ->
        [one] una persona
       *[other] { $participants } personas
    }
    { $summary }

discussions-not-allowed = Solo los enlaces y los administradores pueden ver los resultados de discusiones compartidos.
discussions-none = Todavía no se han compartido resultados de discusiones para { $languages }.
discussions-list = Resultados de discusiones compartidos para { $languages } (los { $count } más recientes):

    { $discussions }
discussions-line = #{ $number } · { $group } · { $language } · { $date } · { $participants ->
        [one] una persona
       *[other] { $participants } personas
    }
    { $themes }
    { $summary }
    { $link }
