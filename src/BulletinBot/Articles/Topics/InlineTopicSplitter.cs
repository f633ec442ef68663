using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Topics;

/// <summary>
/// Cuts a list of topics written in one run of text into its items: at `;` (and a last `và` that opens an item of its
/// own), at `thứ nhất … thứ hai …`, or at commas and a final `và` when the count is known or the items are many.
/// </summary>
internal static partial class InlineTopicSplitter
{
    /// <summary>Splits `A; B; C`, `thứ nhất, A; thứ hai, B` or (with a known count) `A, B và C` into clean items.</summary>
    public static IReadOnlyList<string> Split(string list, int? count)
    {
        var folded = VietnameseText.Fold(list);
        List<string> parts;
        if (list.Contains(';', StringComparison.Ordinal))
        {
            parts = [.. list.Split(';')];
            if (parts.Count >= 2 && parts[^1].LastIndexOf(" và ", StringComparison.Ordinal) is var andAt and > 0
                && (count is { } n ? parts.Count == n - 1 : IsParallelItem(parts, parts[^1][(andAt + 4)..])))
            {
                var last = parts[^1];
                parts[^1] = last[..andAt];
                parts.Add(last[(andAt + 4)..]);
            }

            return [.. parts.Select(TopicItem.Clean).Where(t => t.Length > 0)];
        }
        else if (Ordinal().Matches(folded) is { Count: > 1 } ordinals)
        {
            parts = [.. ordinals.Select((o, i) => list[(o.Index + o.Length)..(i + 1 < ordinals.Count ? ordinals[i + 1].Index : list.Length)])];
        }
        else
        {
            var byComma = SplitCommasAndLastAnd(list);
            var byAnd = list.Split(" và ");
            // Two items are joined by `và`; a comma then lies inside one of them (`Luật Thi đua, khen thưởng và kỹ năng …`).
            parts = count switch
            {
                2 when byAnd.Length == 2 => [.. byAnd],
                { } n when byComma.Count == n => byComma,
                { } n when byAnd.Length == n => [.. byAnd],
                null when byComma.Count >= 3 && byComma.TrueForAll(i => NoiseLineRules.WordCount(i) >= 2) => byComma,
                _ => [list],
            };
        }

        return [.. parts.Select(TopicItem.Clean).Where(t => NoiseLineRules.WordCount(t) >= 2)];
    }

    /// <summary>
    /// In `A; B và C` the text after the last `và` is a third item only when it opens like a topic of its own: with the head
    /// words of another item (`kỹ năng …; … và kỹ năng …`) or a topic head noun (`công tác`, `chính sách`, `việc`).
    /// `cho đồng bào dân tộc thiểu số và vùng biên giới` stays one item.
    /// </summary>
    private static bool IsParallelItem(List<string> parts, string tail)
    {
        var foldedTail = VietnameseText.Fold(tail.Trim());
        if (NoiseLineRules.WordCount(foldedTail) < 3)
        {
            return false;
        }

        if (TopicHead().IsMatch(foldedTail))
        {
            return true;
        }

        var tailHead = HeadWords(foldedTail);
        return parts.Take(parts.Count - 1).Any(p => HeadWords(VietnameseText.Fold(TopicItem.Clean(p))) == tailHead);
    }

    private static string HeadWords(string folded) => string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));

    private static List<string> SplitCommasAndLastAnd(string list)
    {
        var parts = list.Split(", ").ToList();
        var last = parts[^1];
        var and = last.LastIndexOf(" và ", StringComparison.Ordinal);
        if (and > 0)
        {
            parts[^1] = last[..and];
            parts.Add(last[(and + 4)..]);
        }

        return parts;
    }

    /// <summary>Head nouns of a topic (`kỹ năng …`, `công tác …`, `việc …`): after `và` they open an item of their own.</summary>
    [GeneratedRegex("""
        ^(?:
            ky\ nang | cong\ tac | chinh\ sach | quy\ dinh | tinh\ hinh | nhiem\ vu | giai\ phap
          | vai\ tro | phuong\ phap | nghiep\ vu | trach\ nhiem | viec | mot\ so
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TopicHead();

    /// <summary>`thứ nhất, … thứ hai, …`: the ordinals that open the items of a list written in one line.</summary>
    [GeneratedRegex($$"""
        \bthu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b      # thứ nhất, thứ hai … thứ mười
        \s*[,:]?\s*(?:la\s+)?(?:chuyen\ de\s+)?(?:ve\s+)?
        """, RegexOptions.IgnorePatternWhitespace)]
    internal static partial Regex Ordinal();
}
