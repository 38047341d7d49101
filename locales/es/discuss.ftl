# How to start a discussion of your own (/discuss).

discuss-info = ¿No hay ninguna discusión sobre tu tema, o en el canal donde más participas? Empieza una por tu cuenta:
    • Usa como guía el kit de herramientas para conversaciones comunitarias (Community Conversations Toolkit): { $toolkit }
    • Traduce los documentos de alcance a tu idioma: { $scoping }
    • Prueba los Iniciadores de conversación (Conversation Starters), una guía de discusión sobre los motores del cambio: { $starters }
    • Para recibir apoyo y compartir los resultados de tu discusión, ponte en contacto con el especialista en relaciones comunitarias o con un enlace estratégico comunitario (/liaison).
