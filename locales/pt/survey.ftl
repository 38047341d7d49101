# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Este pequeno inquérito permite-te partilhar as tuas opiniões diretamente com a equipa da estratégia do movimento. As tuas respostas são guardadas com um ID pseudónimo, nunca com a tua conta. Podes voltar atrás, saltar as perguntas opcionais ou parar a qualquer momento com /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Pergunta { $step } de { $total }: { $question }
survey-role = Como participas no movimento Wikimedia?
survey-role-editor = Edito um projeto Wikimedia
survey-role-affiliate = Participo num afiliado ou grupo
survey-role-organizer = Organizo eventos ou divulgação
survey-role-technical = Contribuo com trabalho técnico
survey-role-reader = Leio, faço donativos ou divulgo
survey-role-new = Acabei de chegar ao movimento
survey-areas = Que áreas temáticas são mais importantes para ti? Escolhe quantas quiseres e depois carrega em «Concluído».
    .title = Que áreas temáticas são mais importantes para ti?
survey-areas-advocacy = Defesa de causas
survey-areas-capacity = Desenvolvimento de capacidades
survey-areas-health = Saúde da comunidade
survey-areas-diversity = Diversidade
survey-areas-partnerships = Parcerias
survey-areas-product = Produto e tecnologia
survey-areas-resources = Alocação de recursos
survey-areas-revenue = Fontes de receita
survey-areas-roles = Funções e responsabilidades
survey-involved = Até agora, até que ponto te sentes envolvido nas conversas sobre a estratégia do movimento? Escolhe de 1 (nada) a 5 (muito).
    .title = Até agora, até que ponto te sentes envolvido nas conversas sobre a estratégia do movimento? (1 = nada, 5 = muito)
survey-ways = Como gostarias de participar nas conversas? Escolhe as opções que quiseres e depois carrega em «Concluído».
    .title = Como gostarias de participar nas conversas?
survey-ways-salon = Num Salão de Estratégia
survey-ways-wiki = Em discussões na wiki
survey-ways-chat = Nas redes sociais ou em chats
survey-ways-group = No meu afiliado ou grupo
survey-ways-survey = Em inquéritos como este
survey-host = O teu afiliado ou grupo gostaria de organizar um Salão de Estratégia?
survey-youth = Alguns Salões de Estratégia são dirigidos a jovens. Gostarias de participar num deles?
survey-change = O que deveria mudar no movimento? Responde por palavras tuas.
survey-consent = O teu Contacto Estratégico Comunitário pode contactar-te a propósito das tuas respostas?
survey-thanks = Obrigado! As tuas respostas foram guardadas. Podes consultá-las ou alterá-las a qualquer momento com /survey.
survey-done-before = Já respondeste a este inquérito. As tuas respostas:

    { $summary }

    Queres alterá-las?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Alterar as minhas respostas
survey-keep-answers = Manter
survey-kept = As tuas respostas ficam como estão. Obrigado!
survey-resume = Olá de novo! Vamos continuar onde paraste.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = O que deixaste a meio em { $command } fica em pausa: quando terminares aqui, continuas onde paraste.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = De volta ao que estavas a fazer; nenhuma das tuas respostas se perdeu.
flow-back = Voltar
flow-skip = Saltar
flow-done = Concluído
flow-yes = Sim
flow-no = Não
flow-skipped = sem resposta
flow-choose-button = Responde com um dos botões.
flow-choose-at-least-one = Escolhe pelo menos uma opção e depois carrega em «Concluído».
flow-too-long = Essa resposta é demasiado longa. Usa no máximo { $limit } caracteres.
flow-bad-date = Escreve uma data que já tenha passado, como 2026-11-28.
flow-bad-number = Escreve um número inteiro, como 12.
flow-bad-link = Envia um link que comece por https:// ou carrega em «Saltar».
flow-empty = Escreve a tua resposta.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Pergunta { $step } de { $total }: { $question }

    A tua resposta até agora: { $answer }
flow-keep = Manter esta resposta
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Com a tua resposta, fica de fora uma pergunta: agora são { $total } no total.
        [1] Com a tua resposta, há mais uma pergunta: agora são { $total } no total.
       *[other] A tua resposta altera o número de perguntas: agora são { $total } no total.
    }

    Pergunta { $step } de { $total }: { $question }
flow-not-current = Esse botão pertence a outra pergunta. Aqui está a pergunta atual.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Escrever a minha resposta
