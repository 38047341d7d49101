# The liaison for the user's language (/liaison).

liaison-found = { $language }的社群战略联络员在维基上和社交媒体中带领你所在语言社群的战略讨论。
    联络员：{ $name }
    联系方式：{ $contact }
    讨论场所：{ $channels }
# A liaison whose name the campaign has not published yet.
liaison-found-unnamed = { $language }的社群战略联络员在维基上和社交媒体中带领你所在语言社群的战略讨论。联络员的姓名暂未在这里公布，你可以通过下面的联系方式与其联系。
    联系方式：{ $contact }
    讨论场所：{ $channels }
liaison-none = { $language }目前还没有社群战略联络员，但你仍然可以参与：
    • 社群关系专员为所有语言的讨论提供支持：{ $specialist }
    • 组织战略联络员在有组织的团体中带领讨论。看看你的团体是否已有：{ $list }
    • 如果你的团体还没有，可以自愿担任团体的组织战略联络员：{ $volunteer }
