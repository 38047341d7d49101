# Signing up as Organizational Strategy Liaison for a group (/volunteer).

volunteer-intro = あなたのグループの組織戦略リエゾンに志願していただき、ありがとうございます！まず一覧で、グループにすでにリエゾンがいるかどうかを確認してください：{ $list }
    このあと短い質問が3つあります。/cancel でいつでも中止できます。
volunteer-group = あなたの組織化されたグループの名前を教えてください（例：所属する提携団体やユーザーグループの名前）。
volunteer-language = グループでは主に何語で話していますか？
volunteer-contact = 戦略チームからは、どのように連絡すればよいですか？例えば、メタウィキのユーザー名やメールアドレスを教えてください。
volunteer-confirm = 登録内容を確認してください：
    グループ：{ $group }
    言語：{ $language }
    連絡先：{ $contact }
    この内容で送信しますか？
volunteer-send = 送信する
volunteer-thanks = ありがとうございます！戦略チームがあなたの登録を受け付けました。追って連絡があります。
# Sent to the bot's admins, each in their own language.
volunteer-notify = 組織戦略リエゾンへの新しい志願がありました：
    グループ：{ $group }
    言語：{ $language }
    連絡先：{ $contact }
    登録元：{ $platform }
