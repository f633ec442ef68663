using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Topics;

/// <summary>Cleans one topic of a list: no bullet, number or ordinal head, no quotes, no closing punctuation.</summary>
internal static partial class TopicItem
{
    /// <summary>`- Chuyên đề thứ nhất về Luật Hộ tịch;` → `Luật Hộ tịch`; `Một là, xây dựng kế hoạch …, do TS. A trình bày` → `Xây dựng kế hoạch …`.</summary>
    public static string Clean(string item)
    {
        var text = ItemPrefix().Replace(item.Trim(), string.Empty).TrimStart(',', ' ');
        // `Nội dung thứ nhất do cán bộ Chi cục hướng dẫn: cách ghi …`: the presenter comes first, the topic after the colon.
        if (PresenterFirst().Match(text) is { Success: true } presenter)
        {
            text = text[(presenter.Index + presenter.Length)..];
        }

        // `…, do PGS.TS Quách Văn Lợi trình bày`: who presented it is no part of the topic.
        if (PresenterAfter().Match(text) is { Success: true, Index: > 10 } after)
        {
            text = text[..after.Index];
        }

        text = text.Trim().TrimStart(':', ',', ' ').Trim('“', '”', '"', '\'').TrimEnd('.', '…', ';', ',', ':', '-', '–', ' ').Trim();
        return VietnameseText.CapitalizeFirst(text);
    }

    /// <summary>The head of an item written as its own sentence or paragraph: `Chuyên đề thứ hai …`, `Nội dung đầu tiên …`, `Hai là, …`.</summary>
    public static bool OpensItem(string folded) => ItemHead().IsMatch(folded);

    [GeneratedRegex($$"""
        ^\W*(?:
            (?:(?:o|trong|tai|voi|qua)\s+)?                                             # Ở chuyên đề thứ nhất, …
            (?:chuyen\ de | chu\ de | noi\ dung | bai\ giang | van\ de | phan)\s+
            (?:thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi) | dau\ tien | tiep\ theo | con\ lai | cuoi\ cung | \d{1,2})\b
          | thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b\s*[,:]                # Thứ nhất, …
          | {{Vocabulary.NumberWord}}\ la\b\s*[,:]?                                        # Một là, … Hai là, …
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ItemHead();

    [GeneratedRegex("""
        ^(?:
            [-–+*•·]\s* | \d{1,2}[.)]\s* | \(\d{1,2}\)\s* | [a-zđ][.)]\s+                       # bullets, 1. 1) (1) a)
          | \((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s*                                          # (i) (ii) (iii)
          | (?:(?:ở|trong|tại|với|qua)\s+)?(?:chuyên\ đề | chủ\ đề | nội\ dung | bài\ giảng | vấn\ đề | phần)\s+
            (?:\d{1,2} | thứ\s+\w+ | đầu\ tiên | tiếp\ theo | còn\ lại | cuối\ cùng)\s*[:.\-–)]?\s*   # Chuyên đề 1:, Nội dung đầu tiên
          | thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]?\s*                        # thứ nhất, …
          | (?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\ là\s*[,:]?\s*                          # Một là, …
          | (?:cuối\ cùng|sau\ cùng|tiếp\ theo|tiếp\ đó|sau\ đó)\ là\s*                              # …; cuối cùng là …
          | về\s+ | là\s+ | gồm\s+ | và\s+                                                      # …; và D
        )+
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex ItemPrefix();

    /// <summary>`do cán bộ Chi cục hướng dẫn: …`, `do TS. A, Viện B, hướng dẫn kỹ thuật …`: who presents, up to the colon or the verb.</summary>
    [GeneratedRegex(@"^do\s(?:[^:;]{3,120}:|[^:;]{3,120}?\s(?:trình bày|hướng dẫn|giới thiệu|truyền đạt|báo cáo)(?:\s+về)?[\s,])\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PresenterFirst();

    [GeneratedRegex(@",\s+do\s+[^;]{3,160}?\s(?:trình bày|đảm nhận|truyền đạt|phụ trách|hướng dẫn|giới thiệu|báo cáo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresenterAfter();
}
