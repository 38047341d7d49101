# How to host a Strategy Salon (/salon).

salon-info = Los Salones de Estrategia (Strategy Salons) son encuentros presenciales en los que afiliados reconocidos de Wikimedia debaten sobre la estrategia del movimiento. Sus responsables reúnen a miembros muy diversos que viven en su zona para conversar a fondo sobre uno o dos temas de la estrategia que les interesen. Los salones también estrechan las relaciones y refuerzan el compromiso de los miembros.
    El interés es grande: se han aprobado 44 subvenciones, 12 de ellas para eventos juveniles.
    Cómo presentar la solicitud y qué han hecho otros grupos: { $link }
