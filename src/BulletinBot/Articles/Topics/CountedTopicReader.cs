using System.Globalization;
using System.Text.RegularExpressions;
using BulletinBot.Articles.Text;

namespace BulletinBot.Articles.Topics;

/// <summary>Reads a list whose length the article states: `3 chuyên đề`, `hai nội dung`, `năm chuyên đề:`.</summary>
/// <remarks>
/// A written count is a constraint: the list has that many items, whatever the punctuation. The items are looked for
/// after the count in three forms, and a form counts only when it gives exactly that many: inline after `:`, `gồm` or
/// `về` (split by quotes, by `;` with a last `và`, by ordinals, or by commas with a last `và`); sentences or paragraphs
/// that each open an item (`Chuyên đề thứ nhất …`, `Nội dung thứ hai …`, `Chuyên đề còn lại …`, `Một là, …`); or
/// bulleted lines. With none, the reader that needs no count takes over.
/// </remarks>
internal static partial class CountedTopicReader
{
    private const int MostTopics = 12;

    /// <summary>The first counted list and the paragraph stating its count; a paragraph about another round (`Trước đó, …`) is passed over.</summary>
    public static (IReadOnlyList<string> Items, int Paragraph)? Read(IReadOnlyList<string> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var folded = VietnameseText.Fold(paragraphs[p]);
            if (OtherEventSentence.OpensOtherTime(folded))
            {
                continue;
            }

            foreach (Match m in TopicCount().Matches(folded))
            {
                if (Count(m.Groups["n"].Value) is not { } count || TopicItem.OpensItem(folded[m.Index..]))
                {
                    continue;
                }

                var rest = paragraphs[p][(m.Index + m.Length)..];
                if ((Inline(rest, count) ?? InItemSentences(paragraphs, p, rest, count) ?? InListLines(paragraphs, p + 1, count)) is { } items)
                {
                    return (items, p);
                }
            }
        }

        return null;
    }

    /// <summary>`… 3 chuyên đề: A; B và C`, `hai chuyên đề gồm "A" và "B"`, `2 chuyên đề về A và B`.</summary>
    private static List<string>? Inline(string rest, int count)
    {
        if (InlineOpener().Match(VietnameseText.Fold(rest)) is not { Success: true } opener)
        {
            return null;
        }

        var list = SentenceSplitter.Split(rest[(opener.Index + opener.Length)..]).FirstOrDefault() ?? string.Empty;
        if (list.Trim().Length == 0)
        {
            return null;
        }

        foreach (var split in Splits(list, count))
        {
            var items = split.Select(TopicItem.Clean).Where(t => NoiseLineRules.WordCount(t) >= 2).ToList();
            if (items.Count == count && items.Count == split.Count)
            {
                return items;
            }
        }

        return null;
    }

    /// <summary>The ways to cut a list, most telling first; two items are more often joined by `và` than by a comma.</summary>
    private static IEnumerable<List<string>> Splits(string list, int count)
    {
        var quoted = Quoted().Matches(list);
        if (quoted.Count >= 2)
        {
            yield return [.. quoted.Select(q => q.Groups["item"].Value)];
        }

        // `A / B / C`: a spaced slash parts items as a semicolon does.
        if (list.Contains(" / ", StringComparison.Ordinal))
        {
            yield return [.. list.Split(" / ")];
        }

        if (list.Contains(';', StringComparison.Ordinal))
        {
            var parts = list.Split(';').Where(t => t.Trim().Length > 0).ToList();
            yield return parts;
            if (LastAnd().Split(parts[^1]) is [var before, var after])
            {
                yield return [.. parts[..^1], before, after];
            }
        }

        var ordinals = Ordinal().Matches(VietnameseText.Fold(list));
        if (ordinals.Count >= 2)
        {
            yield return [.. ordinals.Select((o, i) => list[o.Index..(i + 1 < ordinals.Count ? ordinals[i + 1].Index : list.Length)])];
        }

        if (count == 2)
        {
            yield return [.. LastAnd().Split(list)];
        }

        var byComma = list.Split(", ").ToList();
        if (LastAnd().Split(byComma[^1]) is [var head, var tail])
        {
            yield return [.. byComma[..^1], head, tail];
        }

        yield return byComma;
    }

    /// <summary>The sentences after the count, in its paragraph and the next ones, that each open an item.</summary>
    private static List<string>? InItemSentences(IReadOnlyList<string> paragraphs, int from, string rest, int count)
    {
        var items = new List<string>();
        foreach (var sentence in SentenceSplitter.Split(rest).Concat(WithHeadingsJoined(paragraphs.Skip(from + 1).Take(count * 3).ToList()).SelectMany(SentenceSplitter.Split)))
        {
            if (TopicItem.OpensItem(VietnameseText.Fold(sentence)) && TopicItem.Clean(sentence) is { } item && NoiseLineRules.WordCount(item) >= 2)
            {
                items.Add(item);
                if (items.Count == count)
                {
                    return items;
                }
            }
        }

        return null;
    }

    /// <summary>`Nội dung 1` alone on its line heads the paragraph after it: the two make one item.</summary>
    private static IEnumerable<string> WithHeadingsJoined(List<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var heading = i + 1 < paragraphs.Count && TopicItem.OpensItem(VietnameseText.Fold(paragraphs[i]))
                && NoiseLineRules.WordCount(TopicItem.Clean(paragraphs[i])) < 2;
            yield return heading ? paragraphs[i].TrimEnd(':', '.', ' ') + ": " + paragraphs[++i] : paragraphs[i];
        }
    }

    private static List<string>? InListLines(IReadOnlyList<string> paragraphs, int from, int count)
    {
        var lines = paragraphs.Skip(from).TakeWhile(NoiseLineRules.IsListItem).Take(count + 1).ToList();
        return lines.Count == count ? [.. lines.Select(TopicItem.Clean)] : null;
    }

    private static int? Count(string word) =>
        (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Vocabulary.NumberValue(word)) is { } count
        && count is >= 2 and <= MostTopics ? count : null;

    /// <summary>`3 chuyên đề`, `hai nội dung chính`, `năm nhóm chuyên đề`; not `bảy`, since `trình bày chuyên đề` folds to `bay chuyen de`.</summary>
    [GeneratedRegex("""
        \b(?<n>\d{1,2} | hai | ba | bon | nam | sau | tam | chin | muoi)
        \s+(?:nhom\s+)?
        (?:
            chuyen\ de | noi\ dung | bai\ giang
          | chu\ de                                                           # Tọa đàm gồm 3 chủ đề
          | phan\b(?<=\b(?:noi\ dung|chuong\ trinh)\b[^.:;!?]{1,60})        # Nội dung tập huấn được chia thành ba phần
        )\b
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TopicCount();

    /// <summary>What opens the list on the count's own line: `:`, `gồm`, `như sau`, or `về` right after the count.</summary>
    [GeneratedRegex("""
        ^\s*(?:ve|la)\s+
      | ^[^.:;!?"“”]{0,60}?(?: : | \b(?:gom|bao\ gom|nhu\ sau)\b\s*:? )\s*
      """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex InlineOpener();

    [GeneratedRegex(@"[""“](?<item>[^""“”]{3,300})[""”]")]
    private static partial Regex Quoted();

    /// <summary>The last `và` of a list, however it is punctuated: `, và`, `và:`, `… và`.</summary>
    [GeneratedRegex(@"\s*,?\s+và\s*:?\s+(?!.*\svà\s)")]
    private static partial Regex LastAnd();

    [GeneratedRegex(@"\b(?:thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|\(\d{1,2}\)|(?<!\w)\d{1,2}\))\s*[,:]?\s*")]
    private static partial Regex Ordinal();
}
