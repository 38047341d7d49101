# The survey (/survey) and the controls every step-by-step flow shares.

survey-intro = Esta pesquisa rápida permite que você compartilhe suas opiniões diretamente com a equipe da estratégia do movimento. Suas respostas são guardadas com um ID pseudônimo, nunca com a sua conta. Você pode voltar, pular as perguntas opcionais ou parar a qualquer momento com /cancel.
# A question with its progress: step is the number of this question, total how many there are.
survey-step = Pergunta { $step } de { $total }: { $question }
survey-role = Como você participa do movimento Wikimedia?
survey-role-editor = Edito um projeto Wikimedia
survey-role-affiliate = Participo de um afiliado ou grupo
survey-role-organizer = Organizo eventos ou divulgação
survey-role-technical = Contribuo com trabalho técnico
survey-role-reader = Leio, faço doações ou divulgo
survey-role-new = Acabei de chegar ao movimento
survey-areas = Quais áreas temáticas são mais importantes para você? Escolha quantas quiser e depois toque em “Concluído”.
    .title = Quais áreas temáticas são mais importantes para você?
survey-areas-advocacy = Defesa de causas
survey-areas-capacity = Capacitação
survey-areas-health = Saúde da comunidade
survey-areas-diversity = Diversidade
survey-areas-partnerships = Parcerias
survey-areas-product = Produto e tecnologia
survey-areas-resources = Alocação de recursos
survey-areas-revenue = Fontes de receita
survey-areas-roles = Papéis e responsabilidades
survey-involved = Até agora, o quanto você se sente envolvido nas conversas sobre a estratégia do movimento? Escolha de 1 (nada) a 5 (muito).
    .title = Até agora, o quanto você se sente envolvido nas conversas sobre a estratégia do movimento? (1 = nada, 5 = muito)
survey-ways = Como você gostaria de participar das conversas? Escolha as opções que quiser e depois toque em “Concluído”.
    .title = Como você gostaria de participar das conversas?
survey-ways-salon = Em um Salão de Estratégia
survey-ways-wiki = Em discussões nas wikis
survey-ways-chat = Nas redes sociais ou em chats
survey-ways-group = No meu afiliado ou grupo
survey-ways-survey = Em pesquisas como esta
survey-host = Seu afiliado ou grupo gostaria de organizar um Salão de Estratégia?
survey-youth = Alguns Salões de Estratégia são voltados à juventude. Você gostaria de participar de um deles?
survey-change = O que deveria mudar no movimento? Responda com suas próprias palavras.
survey-consent = Seu Contato Estratégico Comunitário pode falar com você sobre suas respostas?
survey-thanks = Obrigado! Suas respostas foram salvas. Você pode consultá-las ou alterá-las a qualquer momento com /survey.
survey-done-before = Você já respondeu a esta pesquisa. Suas respostas:

    { $summary }

    Quer alterá-las?
# One line of the summary of someone's answers.
survey-summary-line = { $question } — { $answer }
survey-change-answers = Alterar minhas respostas
survey-keep-answers = Manter
survey-kept = Suas respostas continuam como estão. Obrigado!
survey-resume = Que bom ter você de volta! Vamos continuar de onde você parou.
# Another step-by-step conversation starts while one is unfinished ($command is e.g. /survey).
flow-parked = O que você deixou pela metade em { $command } fica em espera: quando terminar aqui, você continua de onde parou.
# The conversation set aside comes back; its current question follows this line.
flow-resumed = De volta ao que você estava fazendo; nenhuma das suas respostas se perdeu.
flow-back = Voltar
flow-skip = Pular
flow-done = Concluído
flow-yes = Sim
flow-no = Não
flow-skipped = sem resposta
flow-choose-button = Responda usando um dos botões.
flow-choose-at-least-one = Escolha pelo menos uma opção e depois toque em “Concluído”.
flow-too-long = Essa resposta é longa demais. Use no máximo { $limit } caracteres.
flow-bad-date = Escreva uma data que já passou, como 2026-11-28.
flow-bad-number = Escreva um número inteiro, como 12.
flow-bad-link = Envie um link começando com https:// ou toque em “Pular”.
flow-empty = Digite sua resposta.
# Changing earlier answers: a typed question with the answer typed before.
survey-step-current = Pergunta { $step } de { $total }: { $question }

    Sua resposta até agora: { $answer }
flow-keep = Manter esta resposta
# The next question, after an answer that changed how many questions there are: $total is
# the new number, $change how many were added (positive) or left out (negative).
survey-step-changed = { $change ->
        [-1] Com a sua resposta, uma pergunta ficou de fora: agora são { $total } no total.
        [1] Com a sua resposta, entrou mais uma pergunta: agora são { $total } no total.
       *[other] Sua resposta mudou o número de perguntas: agora são { $total } no total.
    }

    Pergunta { $step } de { $total }: { $question }
flow-not-current = Esse botão é de outra pergunta. Esta é a pergunta atual.
# The button that opens a box to type an answer in (on platforms that need one).
flow-answer = Escrever minha resposta
