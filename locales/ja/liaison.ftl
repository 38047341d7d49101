# The liaison for the user's language (/liaison).

liaison-found = { $language }のコミュニティ戦略リエゾンは、ウィキ上やソーシャルメディアで、あなたの言語コミュニティの戦略の話し合いを進めています。
    リエゾン：{ $name }
    連絡先：{ $contact }
    話し合いの場：{ $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = { $language }のコミュニティ戦略リエゾンは、ウィキ上やソーシャルメディアで、あなたの言語コミュニティの戦略の話し合いを進めています。お名前はまだここでは公開されていませんが、下記の連絡先から連絡できます。
    連絡先：{ $contact }
    話し合いの場：{ $channels }
liaison-none = { $language }のコミュニティ戦略リエゾンはまだいませんが、参加する方法はあります：
    • コミュニティ関係担当スペシャリストは、あらゆる言語の話し合いを支援しています：{ $specialist }
    • 組織戦略リエゾンは、組織化されたグループ内の話し合いを進めています。あなたのグループにいるか確認してください：{ $list }
    • まだいなければ、グループの組織戦略リエゾンに志願しましょう：{ $volunteer }
